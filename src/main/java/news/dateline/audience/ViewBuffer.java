package news.dateline.audience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Page views waiting in this node's memory for the one writer thread, which stores them in batches every flush
 * interval. Readers never wait: a full buffer drops the view and counts it ({@link #dropped()}). A crash loses at
 * most what arrived since the last batch; a shutdown stores everything first ({@link #stop()}).
 */
class ViewBuffer {

    private static final Logger log = LoggerFactory.getLogger(ViewBuffer.class);
    // one COPY per this many views at most, so a backlog after a database pause is written in pieces
    private static final int BATCH = 10_000;

    private final BlockingQueue<PageView> queue;
    private final Consumer<List<PageView>> store;
    private final Duration interval;
    private final AtomicLong dropped = new AtomicLong();
    private final Object writing = new Object();
    private volatile Thread writer;

    ViewBuffer(int capacity, Duration interval, Consumer<List<PageView>> store) {
        if (capacity < 1) {
            throw new IllegalArgumentException("dateline.audience.buffer-capacity must be at least 1, was " + capacity);
        }
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.interval = interval;
        this.store = store;
    }

    /** Takes the view if there is room; never blocks. */
    boolean offer(PageView view) {
        if (queue.offer(view)) {
            return true;
        }
        dropped.incrementAndGet();
        return false;
    }

    long dropped() {
        return dropped.get();
    }

    int waiting() {
        return queue.size();
    }

    /** Starts the writer thread. */
    synchronized void start() {
        if (writer != null) {
            return;
        }
        Thread thread = Thread.ofPlatform().name("page-view-writer").daemon(true).unstarted(this::run);
        writer = thread; // before it runs: the loop goes on while it is the writer
        thread.start();
    }

    /** Stops the writer and stores what is left. */
    void stop() {
        Thread running;
        synchronized (this) {
            running = writer;
            writer = null;
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    /** Stores everything waiting now, in batches; what fails to store is logged and lost, never retried forever. */
    void flush() {
        synchronized (writing) {
            List<PageView> batch = new ArrayList<>();
            while (queue.drainTo(batch, BATCH) > 0) {
                try {
                    store.accept(batch);
                } catch (RuntimeException failed) {
                    log.warn("Could not store {} page views: {}", batch.size(), failed.toString());
                }
                batch.clear();
            }
        }
    }

    private void run() {
        while (writer == Thread.currentThread()) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException stopping) {
                return; // stop() flushes what is left
            }
            flush();
        }
    }
}
