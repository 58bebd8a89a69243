package org.lifeline.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A database that stops answering (its processes frozen, as a hung server or a cut network looks) is seen by the
 * watch within seconds: health turns DOWN, callers hear 503 problem+json with Retry-After at once instead of
 * hanging, and once the server answers again the pool serves without a restart. Every statement has a timeout.
 */
@SpringBootTest(properties = { "lifeline.db.statement-timeout=2s", "lifeline.requests.deadline-watch.enabled=false",
		"lifeline.cases.clear-daily.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DatabaseOutageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStatementPastTheTimeoutIsCancelled() {
		long started = System.nanoTime();
		assertThatThrownBy(() -> jdbc.sql("select pg_sleep(10)").query().singleValue())
			.isInstanceOf(QueryTimeoutException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
	}

	@Test
	void aFrozenDatabaseIsAnsweredFastAndTheNodeRecoversWhenItThaws() throws Exception {
		assertThat(health()).isEqualTo(200);
		List<Long> server = serverProcesses();
		signal(server, "STOP");
		try {
			long frozenAt = System.nanoTime();
			awaitHealth(503, Duration.ofSeconds(8));
			assertThat(Duration.ofNanos(System.nanoTime() - frozenAt)).isLessThan(Duration.ofSeconds(6));

			long asked = System.nanoTime();
			MockHttpServletResponse answer = mvc.perform(get("/api/v1/me").with(httpBasic("committee", "demo")))
				.andReturn()
				.getResponse();
			assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofMillis(500));
			assertThat(answer.getStatus()).isEqualTo(503);
			assertThat(answer.getHeader("Retry-After")).isNotBlank();
			assertThat(answer.getContentType()).startsWith("application/problem+json");
			assertThat(answer.getContentAsString()).contains("Database unavailable");
		}
		finally {
			signal(server, "CONT");
		}
		awaitHealth(200, Duration.ofSeconds(8));
		assertThat(mvc.perform(get("/api/v1/me").with(httpBasic("committee", "demo"))).andReturn().getResponse()
			.getStatus()).isEqualTo(200);
	}

	private int health() throws Exception {
		return mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus();
	}

	private void awaitHealth(int status, Duration within) throws Exception {
		long until = System.nanoTime() + within.toNanos();
		while (health() != status) {
			assertThat(System.nanoTime()).as("health answers %d within %s", status, within).isLessThan(until);
			Thread.sleep(100);
		}
	}

	/** The embedded postmaster and all its children: the parent of this session's backend, and its descendants. */
	private List<Long> serverProcesses() {
		long backend = jdbc.sql("select pg_backend_pid()").query(Long.class).single();
		ProcessHandle postmaster = ProcessHandle.of(backend).flatMap(ProcessHandle::parent).orElseThrow();
		List<Long> pids = new ArrayList<>();
		pids.add(postmaster.pid());
		postmaster.descendants().forEach(p -> pids.add(p.pid()));
		return pids;
	}

	private static void signal(List<Long> pids, String signal) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		pids.forEach(pid -> command.add(Long.toString(pid)));
		new ProcessBuilder(command).inheritIO().start().waitFor();
	}
}
