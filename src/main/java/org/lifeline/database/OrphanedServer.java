package org.lifeline.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL left running by a Lifeline process that died without closing it (kill -9, power cut of
 * the JVM alone): it still holds the data directory, and a new server cannot start on it. Before the embedded
 * server starts, such an orphan is found from the directory's {@code postmaster.pid}, confirmed to be a postgres
 * serving exactly that directory, and asked to shut down fast (SIGINT: sessions end, everything committed stays);
 * the new server then starts on the same data as after any clean stop.
 */
final class OrphanedServer {

	private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

	private OrphanedServer() {
	}

	/** Stops the orphan serving {@code dataDir}, if there is one; answers whether one was stopped. */
	static boolean takeBack(Path dataDir) throws IOException {
		Optional<ProcessHandle> orphan = find(dataDir);
		if (orphan.isEmpty()) {
			return false;
		}
		ProcessHandle server = orphan.get();
		log.warn("An embedded PostgreSQL (pid {}) from a previous run still serves {}; shutting it down first",
				server.pid(), dataDir);
		signal(server.pid(), "INT");
		if (!waitForExit(server, SHUTDOWN_WAIT)) {
			log.warn("PostgreSQL pid {} did not stop within {} s; sending SIGQUIT", server.pid(),
					SHUTDOWN_WAIT.toSeconds());
			signal(server.pid(), "QUIT");
			if (!waitForExit(server, SHUTDOWN_WAIT)) {
				throw new IOException("PostgreSQL pid " + server.pid() + " still holds " + dataDir);
			}
		}
		return true;
	}

	/** The live postgres process named by the directory's lock file, when it serves this very directory. */
	static Optional<ProcessHandle> find(Path dataDir) throws IOException {
		Path lockFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(lockFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(lockFile, StandardCharsets.UTF_8);
		if (lines.size() < 2 || !lines.get(0).trim().matches("\\d+")) {
			return Optional.empty();
		}
		long pid = Long.parseLong(lines.get(0).trim());
		Path servedDir = Path.of(lines.get(1).trim());
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(p -> isPostgres(p) && sameDirectory(servedDir, dataDir));
	}

	private static boolean isPostgres(ProcessHandle process) {
		Path exe = Path.of("/proc", Long.toString(process.pid()), "exe");
		try {
			return Files.readSymbolicLink(exe).getFileName().toString().startsWith("postgres");
		}
		catch (IOException | UnsupportedOperationException e) {
			return process.info().command().map(c -> Path.of(c).getFileName().toString().startsWith("postgres"))
				.orElse(false);
		}
	}

	private static boolean sameDirectory(Path served, Path dataDir) {
		try {
			return Files.isSameFile(served, dataDir);
		}
		catch (IOException e) {
			return served.toAbsolutePath().normalize().equals(dataDir.toAbsolutePath().normalize());
		}
	}

	private static void signal(long pid, String signal) throws IOException {
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while stopping PostgreSQL pid " + pid, e);
		}
	}

	private static boolean waitForExit(ProcessHandle process, Duration within) {
		long until = System.nanoTime() + within.toNanos();
		while (process.isAlive() && System.nanoTime() < until) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return !process.isAlive();
	}
}
