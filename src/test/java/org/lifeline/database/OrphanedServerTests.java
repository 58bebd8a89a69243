package org.lifeline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Lifeline process killed with kill -9 leaves its embedded PostgreSQL running on the data directory; the next
 * start takes that server back (fast shutdown) and starts on the same data, with every committed row there.
 */
class OrphanedServerTests {

	@TempDir
	Path dataDir;

	@Test
	void theNextStartTakesBackTheServerOfAKilledProcess() throws Exception {
		Process node = startNode(dataDir);
		try {
			BufferedReader output = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
			String line = output.readLine();
			while (line != null && !line.equals("ready")) {
				line = output.readLine();
			}
			assertThat(line).as("the node committed its row").isEqualTo("ready");
			node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			Path serverDir = dataDir.resolve("postgres");
			Optional<ProcessHandle> orphan = OrphanedServer.find(serverDir);
			assertThat(orphan).as("the killed process's PostgreSQL still runs").isPresent();

			try (DatabaseConfiguration.EmbeddedServer server = new DatabaseConfiguration()
				.embeddedServer(new DatabaseProperties(null, dataDir))) {
				assertThat(orphan.get().isAlive()).isFalse();
				assertThat(countRows(server.jdbcUrl())).isEqualTo(1);
			}
			assertThat(OrphanedServer.find(serverDir)).isEmpty();
		}
		finally {
			node.destroyForcibly();
			OrphanedServer.takeBack(dataDir.resolve("postgres"));
		}
	}

	@Test
	void aLockFileOfAProcessThatIsGoneIsLeftToPostgres() throws IOException {
		Files.writeString(dataDir.resolve("postmaster.pid"), "999999999\n" + dataDir + "\n");
		assertThat(OrphanedServer.find(dataDir)).isEmpty();
		assertThat(OrphanedServer.takeBack(dataDir)).isFalse();
	}

	/** Starts a JVM that runs the embedded server as Lifeline does, commits one row and waits to be killed. */
	private static Process startNode(Path dataDir) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KilledNode.class.getName(),
				dataDir.toString())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
	}

	private static int countRows(String url) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from committed_before_the_kill")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	/** The node to be killed: its embedded server, one committed row, then it waits. */
	static final class KilledNode {

		public static void main(String[] args) throws Exception {
			DatabaseConfiguration.EmbeddedServer server = new DatabaseConfiguration()
				.embeddedServer(new DatabaseProperties(null, Path.of(args[0])));
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
					Statement statement = connection.createStatement()) {
				statement.execute("create table committed_before_the_kill (id int)");
				statement.execute("insert into committed_before_the_kill values (1)");
			}
			System.out.println("ready");
			System.out.flush();
			Thread.sleep(Long.MAX_VALUE);
		}
	}
}
