/**
 * Work-absence certificates (误工证明, DESIGN §4.9): a resident asks for a range of days; the committee issues the
 * certificate from the compound's zone history (read through {@link org.lifeline.zones.ZoneHistory}), as a PDF with
 * the committee's name, a verification code and a QR code to the public page /verify/{code}, which shows only the
 * masked name, the days and the issuing committee; a certificate can be revoked.
 * <p>
 * Reads residents through {@code ResidentRegistry} and the territory through its API; publishes no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates",
		allowedDependencies = { "shared", "territory", "residents", "zones" })
package org.lifeline.certificates;
