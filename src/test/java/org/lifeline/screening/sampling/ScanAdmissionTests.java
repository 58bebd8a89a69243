package org.lifeline.screening.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Tube scans beyond the admitted number are answered at once with 503 and Retry-After; others pass. */
class ScanAdmissionTests {

	@Test
	void scansBeyondTheLimitHearBusyAtOnce() throws Exception {
		ScanAdmission admission = new ScanAdmission(1);
		MockHttpServletResponse inner = new MockHttpServletResponse();
		MockHttpServletResponse[] refused = new MockHttpServletResponse[1];
		MockFilterChain holding = new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
				refused[0] = new MockHttpServletResponse();
				try {
					admission.doFilter(scan(), refused[0], new MockFilterChain());
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
		};
		admission.doFilter(scan(), inner, holding);
		assertThat(refused[0].getStatus()).isEqualTo(503);
		assertThat(refused[0].getHeader("Retry-After")).isEqualTo("1");
		assertThat(refused[0].getContentType()).isEqualTo("application/problem+json");
		assertThat(refused[0].getContentAsString()).contains("send it again");
		assertThat(inner.getStatus()).isEqualTo(200);
		assertThat(admission.available()).isEqualTo(1);
	}

	@Test
	void otherCallsAreNotCounted() throws Exception {
		ScanAdmission admission = new ScanAdmission(0);
		MockHttpServletRequest plan = new MockHttpServletRequest("POST", "/api/v1/screening/rounds");
		MockHttpServletResponse response = new MockHttpServletResponse();
		admission.doFilter(plan, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(200);
	}

	private static MockHttpServletRequest scan() {
		return new MockHttpServletRequest("POST", "/api/v1/screening/rounds/7/tubes");
	}
}
