/**
 * Food and supplies: approved suppliers and their couriers, priced packages with stock, group buys per
 * compound, government packages, the hand-over at the gate and the last 100 metres to the door.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Food and supplies")
package org.lifeline.supplies;
