package org.lifeline.supplies;

import java.util.List;
import java.util.Locale;

import org.lifeline.shared.InvalidInputException;

/**
 * The price rules of 10 April 2022 for supply packages: a price on everything, the contents listed, and no
 * extra fees (delivery, service or packing charges are part of the price, never a line of their own).
 */
final class PriceRules {

	static final int MAX_PRICE_FEN = 1_000_000;

	static final int MAX_STOCK = 1_000_000;

	private static final List<String> FEE_WORDS = List.of("配送费", "服务费", "运费", "包装费", "打包费", "跑腿费", "手续费",
			"delivery fee", "service fee", "packing fee", "surcharge");

	private PriceRules() {
	}

	/** The package with trimmed contents, or a 400 naming the rule it breaks. */
	static NewPackage check(NewPackage p) {
		if (p == null) {
			throw new InvalidInputException("name", "send the package as {name, contents, priceFen, stock}",
					"problem.supplies.packageShape");
		}
		if (p.name() == null || p.name().isBlank() || p.name().trim().length() > 100) {
			throw new InvalidInputException("name", "a package needs a name of 1 to 100 characters",
					"problem.supplies.packageName");
		}
		if (p.contents() == null || p.contents().stream().allMatch(c -> c == null || c.isBlank())) {
			throw new InvalidInputException("contents", "list the contents of the package (price rules: contents listed)",
					"problem.supplies.packageContents");
		}
		List<String> contents = p.contents().stream().filter(c -> c != null && !c.isBlank()).map(String::trim).toList();
		for (String line : contents) {
			if (line.length() > 100) {
				throw new InvalidInputException("contents", "a line of contents is longer than 100 characters: " + line,
						"problem.supplies.contentsLineTooLong", line);
			}
			String lower = line.toLowerCase(Locale.ROOT);
			if (FEE_WORDS.stream().anyMatch(lower::contains)) {
				throw new InvalidInputException("contents",
						"no extra fees (price rules): the price includes everything, remove '" + line + "'",
						"problem.supplies.extraFee", line);
			}
		}
		if (p.priceFen() == null) {
			throw new InvalidInputException("priceFen", "a package needs a price in fen (price rules: price on everything)",
					"problem.supplies.packagePrice");
		}
		if (p.priceFen() <= 0 || p.priceFen() > MAX_PRICE_FEN) {
			throw new InvalidInputException("priceFen", "the price must be between 1 and " + MAX_PRICE_FEN + " fen",
					"problem.supplies.priceRange", String.valueOf(MAX_PRICE_FEN));
		}
		if (p.stock() == null || p.stock() < 0 || p.stock() > MAX_STOCK) {
			throw SupplyRefusals.stockOutOfRange();
		}
		return new NewPackage(p.name().trim(), contents, p.priceFen(), p.stock(), p.deliveryDay());
	}
}
