package org.lifeline.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The check-in admission limit: check-ins beyond the limit are refused at once with 503 and Retry-After. */
class CheckInAdmissionTests {

	@Test
	void aCheckInBeyondTheLimitIsRefusedAtOnce() throws Exception {
		CheckInAdmission admission = new CheckInAdmission(1);
		AtomicInteger reached = new AtomicInteger();
		MockHttpServletResponse inner = new MockHttpServletResponse();
		admission.doFilter(checkIn("/api/v1/care/check-ins"), new MockHttpServletResponse(), (request, response) -> {
			reached.incrementAndGet();
			admission.doFilter(checkIn("/care/check-ins"), inner, (r, s) -> reached.incrementAndGet());
		});
		assertThat(reached).hasValue(1);
		assertThat(inner.getStatus()).isEqualTo(503);
		assertThat(inner.getHeader("Retry-After")).isEqualTo("1");
		assertThat(inner.getContentAsString()).contains("the check-in is not recorded");
		assertThat(admission.available()).isEqualTo(1);
	}

	@Test
	void readingTheDaysCheckInsIsNotLimited() throws Exception {
		CheckInAdmission admission = new CheckInAdmission(0);
		MockHttpServletRequest read = new MockHttpServletRequest("GET", "/api/v1/care/check-ins");
		MockHttpServletResponse response = new MockHttpServletResponse();
		admission.doFilter(read, response, (r, s) -> ((jakarta.servlet.http.HttpServletResponse) s).setStatus(200));
		assertThat(response.getStatus()).isEqualTo(200);
	}

	private static MockHttpServletRequest checkIn(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setRequestURI(path);
		return request;
	}
}
