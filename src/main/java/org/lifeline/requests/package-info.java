/**
 * Requests (诉求): what residents need, filed from every channel (resident, hotline, committee, API and Open311),
 * triaged, routed to the committee of the resident's compound, worked to done against service levels, and
 * escalated when a deadline passes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Requests")
package org.lifeline.requests;
