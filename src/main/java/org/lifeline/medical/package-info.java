/**
 * Medical access: hospitals and their state, routing of medical requests by rules kept as data, closed-loop
 * transfer trips on the street and district fleets with their dispatch, standing dialysis trips and
 * chronic-medicine runs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Medical access")
package org.lifeline.medical;
