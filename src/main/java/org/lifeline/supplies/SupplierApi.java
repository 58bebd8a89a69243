package org.lifeline.supplies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The supplier whitelist and what each supplier keeps: packages and stock, couriers and their tests, vehicle passes. */
@RestController
@RequestMapping("/api/v1/suppliers")
class SupplierApi {

	private final Suppliers suppliers;

	private final CurrentUser user;

	SupplierApi(Suppliers suppliers, CurrentUser user) {
		this.suppliers = suppliers;
		this.user = user;
	}

	@GetMapping
	PageResult<SupplierView> whitelist() {
		return suppliers.whitelist();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SupplierView register(@RequestBody NewSupplier supplier) {
		return suppliers.register(supplier, user.require());
	}

	@GetMapping("/{id}")
	SupplierView supplier(@PathVariable long id) {
		return suppliers.supplier(id);
	}

	@GetMapping("/{id}/packages")
	List<PackageView> packages(@PathVariable long id, @RequestParam(required = false) LocalDate day) {
		return suppliers.packages(id, day);
	}

	@PostMapping("/{id}/packages")
	@ResponseStatus(HttpStatus.CREATED)
	PackageView addPackage(@PathVariable long id, @RequestBody NewPackage p) {
		return suppliers.addPackage(id, p, user.require());
	}

	@PutMapping("/{id}/packages/{packageId}/stock")
	PackageView setStock(@PathVariable long id, @PathVariable long packageId, @RequestBody DayStock stock) {
		return suppliers.setStock(id, packageId, stock.deliveryDay(), stock.stock(), user.require());
	}

	@GetMapping("/{id}/couriers")
	List<CourierView> couriers(@PathVariable long id) {
		return suppliers.couriers(id, user.require(), user.scope());
	}

	@PostMapping("/{id}/couriers")
	@ResponseStatus(HttpStatus.CREATED)
	CourierView addCourier(@PathVariable long id, @RequestBody NewCourier courier) {
		return suppliers.addCourier(id, courier, user.require());
	}

	@PostMapping("/{id}/couriers/{courierId}/tests")
	CourierView recordTest(@PathVariable long id, @PathVariable long courierId, @RequestBody NegativeTest test) {
		return suppliers.recordTest(id, courierId, test.kind(), test.negativeAt(), user.require());
	}

	@GetMapping("/{id}/vehicle-passes")
	List<VehiclePassView> vehiclePasses(@PathVariable long id) {
		return suppliers.vehiclePasses(id, user.require(), user.scope());
	}

	@PostMapping("/{id}/vehicle-passes")
	@ResponseStatus(HttpStatus.CREATED)
	VehiclePassView addVehiclePass(@PathVariable long id, @RequestBody NewVehiclePass pass) {
		return suppliers.addVehiclePass(id, pass, user.require());
	}

	record DayStock(LocalDate deliveryDay, Integer stock) {
	}

	record NegativeTest(String kind, Instant negativeAt) {
	}
}
