package org.lifeline.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The intake admission limit: filings beyond the limit are refused at once with 503 and Retry-After. */
class IntakeAdmissionTests {

	@Test
	void aFilingBeyondTheLimitIsRefusedAtOnce() throws Exception {
		IntakeAdmission admission = new IntakeAdmission(1);
		AtomicInteger reached = new AtomicInteger();
		MockHttpServletResponse inner = new MockHttpServletResponse();
		admission.doFilter(filing(), new MockHttpServletResponse(), (request, response) -> {
			reached.incrementAndGet();
			admission.doFilter(filing(), inner, (r, s) -> reached.incrementAndGet());
		});
		assertThat(reached).hasValue(1);
		assertThat(inner.getStatus()).isEqualTo(503);
		assertThat(inner.getHeader("Retry-After")).isEqualTo("1");
		assertThat(admission.available()).isEqualTo(1);
	}

	@Test
	void readsAreNotLimited() throws Exception {
		IntakeAdmission admission = new IntakeAdmission(0);
		MockHttpServletRequest read = new MockHttpServletRequest("GET", "/api/v1/requests");
		MockHttpServletResponse response = new MockHttpServletResponse();
		admission.doFilter(read, response, (r, s) -> ((jakarta.servlet.http.HttpServletResponse) s).setStatus(200));
		assertThat(response.getStatus()).isEqualTo(200);
	}

	private static MockHttpServletRequest filing() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/requests");
		request.setRequestURI("/api/v1/requests");
		return request;
	}
}
