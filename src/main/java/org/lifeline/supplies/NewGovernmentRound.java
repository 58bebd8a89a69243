package org.lifeline.supplies;

import java.util.List;

/** A round of government packages (政府保供包) to allocate over a territory node, one per household. */
public record NewGovernmentRound(String name, String territoryCode, List<String> contents, DeliverySlot deliverySlot) {
}
