package org.lifeline.supplies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.lifeline.shared.InvalidInputException;

/** The forms of the supplier's page, each as typed; the use cases check what is missing or wrong. */
final class SupplierForms {

	private SupplierForms() {
	}

	/** A new package: its name, its contents one per line and its price in yuan (12.80). */
	record PackageForm(String name, String contents, String price, Integer stock) {

		NewPackage toNewPackage() {
			List<String> lines = contents == null ? List.of()
					: Arrays.stream(contents.split("[\\r\\n]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
			return new NewPackage(name, lines, fen(price), stock, null);
		}

		/** Reads a price written in yuan (12.80) into fen; null when blank. */
		static Integer fen(String yuan) {
			if (yuan == null || yuan.isBlank()) {
				return null;
			}
			try {
				return new BigDecimal(yuan.trim()).movePointRight(2).intValueExact();
			}
			catch (NumberFormatException | ArithmeticException e) {
				throw new InvalidInputException("priceFen", "write the price in yuan, e.g. 68.00",
						"problem.supplies.priceYuan");
			}
		}
	}

	/** The stock of one package on a day (today when no day is given). */
	record StockForm(LocalDate day, Integer stock) {
	}

	record CourierForm(String name, String phone) {

		NewCourier toNewCourier() {
			return new NewCourier(name, phone, null, null);
		}
	}

	record VehiclePassForm(String plate, String passNo, LocalDate validUntil) {

		NewVehiclePass toNewVehiclePass() {
			return new NewVehiclePass(plate, passNo, validUntil);
		}
	}

	/** The day's test of a courier: its kind (PCR, ANTIGEN). */
	record TestForm(String kind) {
	}

	/** Who takes a group buy to the gate and with which vehicle pass. */
	record DeliveryForm(Long courierId, Long vehiclePassId) {
	}
}
