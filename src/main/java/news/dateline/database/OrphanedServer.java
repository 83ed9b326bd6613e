package news.dateline.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL left running by an app that was killed ({@code kill -9}, a power cut of the JVM only):
 * its server outlives the JVM and keeps {@code postmaster.pid} in the data folder, so the next start would stop on
 * that lock file. Before starting, {@link EmbeddedPostgresConfiguration} asks this class to stop such a server —
 * only when the lock file names a live PostgreSQL process serving this very folder, so another program that
 * happens to have the recorded process id is never touched, and a stale lock file is left for PostgreSQL itself.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration SMART_SHUTDOWN = Duration.ofSeconds(30);

    private OrphanedServer() {
    }

    /** Stops the server recorded in {@code dataDir/postmaster.pid} if it is alive and serves {@code dataDir}. */
    static void stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> server = find(dataDir);
        if (server.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = server.get();
        log.warn("An embedded PostgreSQL (process {}) is still running on {} after the app ended without stopping"
                + " it; stopping it before starting again", postmaster.pid(), dataDir);
        // SIGTERM is PostgreSQL's smart shutdown: its only clients were the dead app's, so it ends at once and
        // cleanly (checkpoint written, nothing to recover)
        postmaster.destroy();
        if (!waitForExit(postmaster, SMART_SHUTDOWN)) {
            log.warn("PostgreSQL process {} did not stop in {}; killing it (its log replays on the next start)",
                    postmaster.pid(), SMART_SHUTDOWN);
            postmaster.destroyForcibly();
            if (!waitForExit(postmaster, SMART_SHUTDOWN)) {
                throw new IllegalStateException("PostgreSQL process " + postmaster.pid() + " still runs on "
                        + dataDir + ": stop it by hand");
            }
        }
    }

    /** The live postmaster serving {@code dataDir}, as named by its lock file. */
    static Optional<ProcessHandle> find(Path dataDir) throws IOException {
        List<String> lock;
        try {
            lock = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        // line 1: the postmaster's process id; line 2: its data folder (see PostgreSQL's miscadmin.h)
        if (lock.size() < 2 || !lock.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        Path served = Path.of(lock.get(1).strip());
        if (!sameFolder(served, dataDir)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lock.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> Path.of(c).getFileName().toString().equals("postgres"))
                        .orElse(false));
    }

    private static boolean sameFolder(Path a, Path b) throws IOException {
        try {
            return Files.isSameFile(a, b);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
