package org.lifeline.supplies;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.lifeline.shared.AggregateRoot;
import org.lifeline.shared.ConflictException;

/**
 * The life of a group buy after it opens: {@link #confirm}, {@link #deliver}, {@link #receive}, or
 * {@link #cancel}. Every step is guarded (an impossible one is a 409 naming the state) and saved against the
 * version read, so two people acting at once cannot both win; confirming and delivering register
 * {@link GroupBuyConfirmed} and {@link GroupBuyDelivered} for the committee of the compound.
 */
class GroupBuy extends AggregateRoot {

	private final long id;

	private final int version;

	private final long supplierId;

	private final long compoundId;

	private final long committeeId;

	private final Instant deadline;

	private GroupBuyStatus status;

	GroupBuy(long id, int version, long supplierId, long compoundId, long committeeId, GroupBuyStatus status,
			Instant deadline) {
		this.id = id;
		this.version = version;
		this.supplierId = supplierId;
		this.compoundId = compoundId;
		this.committeeId = committeeId;
		this.status = status;
		this.deadline = deadline;
	}

	/** Whether households may still order or cancel freely. */
	boolean takesOrders(Instant now) {
		return status == GroupBuyStatus.OPEN && now.isBefore(deadline);
	}

	/** An order arriving now: refused with a 409 naming the deadline once it passed or the buy moved on. */
	void requireOrdersTaken(Instant now) {
		if (status == GroupBuyStatus.OPEN && !now.isBefore(deadline)) {
			throw new ConflictException("the order deadline of group buy " + id + " passed at " + deadline,
					"problem.supplies.deadlinePassed", String.valueOf(id), deadline);
		}
		if (status != GroupBuyStatus.OPEN) {
			throw new ConflictException("group buy " + id + " is " + status + " and takes no orders (deadline " + deadline + ")",
					"problem.supplies.noOrdersTaken", String.valueOf(id), status, deadline);
		}
	}

	/** The supplier confirms the aggregated orders once the deadline passed. */
	void confirm(Instant now) {
		require("be confirmed", "problem.supplies.cannotConfirm", EnumSet.of(GroupBuyStatus.OPEN));
		if (now.isBefore(deadline)) {
			throw new ConflictException("group buy " + id + " takes orders until its deadline " + deadline
					+ "; confirm it after the deadline", "problem.supplies.confirmTooEarly", String.valueOf(id), deadline);
		}
		status = GroupBuyStatus.CONFIRMED;
		register(new GroupBuyConfirmed(id, supplierId, compoundId, committeeId));
	}

	/** The goods reached the compound gate. */
	void deliver() {
		require("be delivered", "problem.supplies.cannotDeliver", EnumSet.of(GroupBuyStatus.CONFIRMED));
		status = GroupBuyStatus.DELIVERED;
		register(new GroupBuyDelivered(id, supplierId, compoundId, committeeId));
	}

	/** The committee counted the goods at the gate. */
	void receive() {
		require("be received", "problem.supplies.cannotReceive", EnumSet.of(GroupBuyStatus.DELIVERED));
		status = GroupBuyStatus.RECEIVED;
	}

	void cancel() {
		require("be cancelled", "problem.supplies.cannotCancel", EnumSet.of(GroupBuyStatus.OPEN, GroupBuyStatus.CONFIRMED));
		status = GroupBuyStatus.CANCELLED;
	}

	private void require(String step, String key, Set<GroupBuyStatus> allowed) {
		if (!allowed.contains(status)) {
			throw new ConflictException("group buy " + id + " is " + status + " and cannot " + step + " now", key,
					String.valueOf(id), status);
		}
	}

	long id() {
		return id;
	}

	int version() {
		return version;
	}

	long supplierId() {
		return supplierId;
	}

	long compoundId() {
		return compoundId;
	}

	Instant deadline() {
		return deadline;
	}

	GroupBuyStatus status() {
		return status;
	}
}
