package org.lifeline.supplies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lifeline.identity.LifelineUser;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.shared.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved suppliers (保供企业) and what each keeps: packages with their stock per delivery day, couriers
 * with their tests, vehicle passes. A supplier whose certificate has run out may not offer packages.
 */
@Service
public class Suppliers {

	private final SupplierRepository repository;

	private final Clock clock;

	Suppliers(SupplierRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Transactional(readOnly = true)
	public PageResult<SupplierView> whitelist() {
		List<SupplierView> all = repository.suppliers(today());
		return new PageResult<>(all, all.size());
	}

	@Transactional(readOnly = true)
	public SupplierView supplier(long id) {
		return repository.supplier(id, today()).orElseThrow(() -> new NotFoundException("supplier", id));
	}

	@Transactional
	public SupplierView register(NewSupplier s, LifelineUser caller) {
		SupplierAccess.requireKeeper(caller);
		if (s == null || s.name() == null || s.name().isBlank()) {
			throw new InvalidInputException("name", "a supplier needs a name", "problem.supplies.supplierName");
		}
		if (s.certificateNo() == null || s.certificateNo().isBlank()) {
			throw new InvalidInputException("certificateNo", "a supplier needs its certificate number",
					"problem.supplies.certificateNo");
		}
		if (s.validUntil() == null) {
			throw new InvalidInputException("validUntil", "give the date the certificate is valid until",
					"problem.supplies.certificateValidUntil");
		}
		if (repository.nameOrCertificateTaken(s)) {
			throw new ConflictException("a supplier with this name or certificate number is already on the whitelist",
					"problem.supplies.supplierTaken");
		}
		Long approvingDistrict = caller.role() == org.lifeline.identity.Role.DISTRICT_COMMAND ? caller.territoryId() : null;
		return supplier(repository.insertSupplier(s, approvingDistrict));
	}

	/** Lists a new package of the supplier after checking it against the price rules. */
	@Transactional
	public PackageView addPackage(long supplierId, NewPackage p, LifelineUser caller) {
		SupplierView supplier = approved(supplierId, caller);
		NewPackage checked = PriceRules.check(p);
		long id = repository.insertPackage(supplier.id(), checked);
		LocalDate day = checked.deliveryDay() == null ? today() : checked.deliveryDay();
		if (checked.deliveryDay() != null) {
			repository.setStock(id, day, checked.stock());
		}
		return repository.packagesById(List.of(id), day).get(0);
	}

	/** Sets how many of a package are left for one delivery day. */
	@Transactional
	public PackageView setStock(long supplierId, long packageId, LocalDate day, Integer stock, LifelineUser caller) {
		SupplierAccess.requireActsFor(caller, supplierId);
		if (day == null) {
			throw new InvalidInputException("deliveryDay", "give the delivery day the stock is for",
					"problem.supplies.deliveryDay");
		}
		if (stock == null || stock < 0 || stock > PriceRules.MAX_STOCK) {
			throw SupplyRefusals.stockOutOfRange();
		}
		PackageView p = packageOf(supplierId, packageId, day);
		repository.setStock(p.id(), day, stock);
		return packageOf(supplierId, packageId, day);
	}

	@Transactional(readOnly = true)
	public List<PackageView> packages(long supplierId, LocalDate day) {
		supplier(supplierId);
		return repository.packages(supplierId, day == null ? today() : day);
	}

	/** What approved suppliers offer today, to choose from when opening a group buy. */
	@Transactional(readOnly = true)
	public List<PackageView> offered() {
		return repository.offered(today());
	}

	/** Packages by id with their stock left on the day (unknown ids are left out). */
	@Transactional(readOnly = true)
	public List<PackageView> packagesById(List<Long> ids, LocalDate day) {
		return repository.packagesById(ids, day);
	}

	@Transactional
	public CourierView addCourier(long supplierId, NewCourier c, LifelineUser caller) {
		approved(supplierId, caller);
		if (c == null || c.name() == null || c.name().isBlank()) {
			throw new InvalidInputException("name", "a courier needs a name", "problem.supplies.courierName");
		}
		if (c.phone() == null || !c.phone().trim().matches("1\\d{10}")) {
			throw new InvalidInputException("phone", "a courier needs an 11-digit mobile number",
					"problem.supplies.courierPhone");
		}
		long id = repository.insertCourier(supplierId, c);
		return courier(id);
	}

	/** Records a negative PCR or antigen test of a courier (kind PCR or ANTIGEN; time defaults to now). */
	@Transactional
	public CourierView recordTest(long supplierId, long courierId, String kind, Instant at, LifelineUser caller) {
		SupplierAccess.requireActsFor(caller, supplierId);
		boolean pcr;
		if ("PCR".equalsIgnoreCase(kind)) {
			pcr = true;
		}
		else if ("ANTIGEN".equalsIgnoreCase(kind)) {
			pcr = false;
		}
		else {
			throw new InvalidInputException("kind", "kind is PCR or ANTIGEN", "problem.supplies.testKind");
		}
		Instant when = at == null ? clock.instant() : at;
		if (when.isAfter(clock.instant())) {
			throw new InvalidInputException("negativeAt", "a test cannot be taken in the future",
					"problem.supplies.testInFuture");
		}
		if (!repository.recordTest(supplierId, courierId, pcr, when)) {
			throw new NotFoundException("courier", courierId);
		}
		return courier(courierId);
	}

	/** The supplier's couriers, for those who may see them (see {@link SupplierAccess#requireSeesStaff}). */
	@Transactional(readOnly = true)
	public List<CourierView> couriers(long supplierId, LifelineUser caller, TerritoryScope scope) {
		SupplierAccess.requireSeesStaff(caller, supplierId, scope, repository);
		return repository.couriers(supplierId, clock.instant(), clock.getZone());
	}

	@Transactional(readOnly = true)
	public CourierView courier(long courierId) {
		return repository.courier(courierId, clock.instant(), clock.getZone())
			.orElseThrow(() -> new NotFoundException("courier", courierId));
	}

	@Transactional
	public VehiclePassView addVehiclePass(long supplierId, NewVehiclePass p, LifelineUser caller) {
		approved(supplierId, caller);
		if (p == null || p.plate() == null || !p.plate().trim().matches("[\\p{IsHan}A-Z0-9]{5,10}")) {
			throw new InvalidInputException("plate", "give the vehicle's plate, e.g. 沪A12345",
					"problem.supplies.plate");
		}
		if (p.passNo() == null || p.passNo().isBlank()) {
			throw new InvalidInputException("passNo", "give the number of the pass", "problem.supplies.passNo");
		}
		if (p.validUntil() == null || p.validUntil().isBefore(today())) {
			throw new InvalidInputException("validUntil", "a pass must be valid today or later",
					"problem.supplies.passExpired");
		}
		if (repository.passNoTaken(p.passNo())) {
			throw new ConflictException("vehicle pass " + p.passNo().trim() + " is already registered",
					"problem.supplies.passTaken", p.passNo().trim());
		}
		long id = repository.insertVehiclePass(supplierId, p);
		return repository.vehiclePass(id, today()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<VehiclePassView> vehiclePasses(long supplierId, LifelineUser caller, TerritoryScope scope) {
		SupplierAccess.requireSeesStaff(caller, supplierId, scope, repository);
		return repository.vehiclePasses(supplierId, today());
	}

	VehiclePassView vehiclePass(long id) {
		return repository.vehiclePass(id, today()).orElseThrow(() -> new NotFoundException("vehicle pass", id));
	}

	private PackageView packageOf(long supplierId, long packageId, LocalDate day) {
		return repository.packagesById(List.of(packageId), day)
			.stream()
			.filter(p -> p.supplierId() == supplierId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("package", packageId));
	}

	private SupplierView approved(long supplierId, LifelineUser caller) {
		SupplierAccess.requireActsFor(caller, supplierId);
		SupplierView supplier = supplier(supplierId);
		if (!supplier.approved()) {
			throw new ConflictException("supplier " + supplier.name() + " has a certificate that ran out on "
					+ supplier.validUntil() + "; renew it first", "problem.supplies.certificateExpired", supplier.name(),
					supplier.validUntil());
		}
		return supplier;
	}
}
