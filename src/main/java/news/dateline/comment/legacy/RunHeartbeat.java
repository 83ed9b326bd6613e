package news.dateline.comment.legacy;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an import run's heartbeat fresh while its process lives, whatever the run is doing: resolving the threads
 * of a large source, or waiting for a slow file, writes no batch for a while. When the process dies the beats
 * stop, and {@link LegacyCommentImports} marks the run interrupted once its heartbeat is stale; a timestamp
 * compared with a threshold needs no knowledge of which node ran it.
 */
final class RunHeartbeat implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunHeartbeat.class);

    private final Thread thread;

    RunHeartbeat(long runId, Duration every, Runnable beat) {
        this.thread = Thread.ofVirtual().name("comment-import-heartbeat-" + runId).start(() -> {
            while (true) {
                try {
                    Thread.sleep(every);
                } catch (InterruptedException stopped) {
                    return;
                }
                try {
                    beat.run();
                } catch (RuntimeException e) {
                    // a missed beat is harmless unless many are missed; the run itself reports real trouble
                    log.warn("Heartbeat of comment import run {} failed", runId, e);
                }
            }
        });
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
