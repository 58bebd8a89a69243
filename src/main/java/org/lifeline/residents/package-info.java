/**
 * The resident registry: households and the people in them, their ID documents, vulnerability tags and medical
 * profile; search, registration and changes, always within a territory scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Residents")
package org.lifeline.residents;
