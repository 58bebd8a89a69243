package org.lifeline.supplies;

import java.time.LocalDate;
import java.util.List;

/**
 * A package a supplier offers: its contents, its one price in fen and how many it can deliver a day
 * ({@code stock}); {@code deliveryDay}, when given, sets the stock of that day only.
 */
public record NewPackage(String name, List<String> contents, Integer priceFen, Integer stock, LocalDate deliveryDay) {
}
