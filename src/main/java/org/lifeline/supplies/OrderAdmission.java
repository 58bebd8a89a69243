package org.lifeline.supplies;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.lifeline.shared.web.WriteAdmission;

/**
 * Lets at most N group-buy orders (API and the resident's page) work at once on this node and answers the rest at
 * once with 503 and Retry-After, before sign-in: when a popular group buy opens, residents hear busy and retry
 * instead of piling up on the group buy's row lock, and the orders admitted still take their stock fast. Nothing
 * of a refused order is written.
 */
class OrderAdmission extends WriteAdmission {

	private static final Pattern ORDERS = Pattern.compile("(/api/v1)?/group-buys/[^/]+/orders");

	OrderAdmission(int concurrent) {
		super(concurrent, "too many orders are being placed right now; the order is not placed, send it again");
	}

	@Override
	protected boolean admits(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && ORDERS.matcher(request.getRequestURI()).matches();
	}
}
