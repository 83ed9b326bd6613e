package news.dateline.audience;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import news.dateline.site.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The node's {@link ViewTally} and the one thread that stores it every flush interval: started with the
 * application, stopped (and flushed) before the database goes away, its drops visible to operations as
 * {@code dateline.audience.views.dropped}. A crash loses at most what was counted since the last flush; what
 * fails to store is logged and lost, never retried forever.
 */
@Component
class PageViewWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PageViewWriter.class);

    private final ViewTally tally;
    private final PageViewRepository views;
    private final AudienceProperties properties;
    private final Object writing = new Object();
    private volatile Thread writer;

    PageViewWriter(PageViewRepository views, AudienceProperties properties, SiteProperties site,
                   MeterRegistry registry) {
        this.views = views;
        this.properties = properties;
        this.tally = new ViewTally(properties.bufferCapacity(), site.zone());
        Gauge.builder("dateline.audience.views.dropped", tally, ViewTally::dropped)
                .description("Page views dropped because this node's tally was full").register(registry);
        Gauge.builder("dateline.audience.views.waiting", tally, ViewTally::waiting)
                .description("Page view counts in this node's memory waiting to be stored").register(registry);
    }

    boolean offer(PageView view) {
        return tally.add(view);
    }

    /** Stores what was counted until now (tests, conversions and the bench must not wait for the next tick). */
    void flush() {
        synchronized (writing) {
            ViewTally.Drained drained = tally.drain();
            if (drained.isEmpty()) {
                return;
            }
            try {
                views.store(drained);
            } catch (RuntimeException failed) {
                tally.forgetWritten();
                log.warn("Could not store {} page view counts: {}", drained.counts().size(), failed.toString());
            }
        }
    }

    long dropped() {
        return tally.dropped();
    }

    @Override
    public synchronized void start() {
        if (writer != null) {
            return;
        }
        Thread thread = Thread.ofPlatform().name("page-view-writer").daemon(true).unstarted(this::run);
        writer = thread; // before it runs: the loop goes on while it is the writer
        thread.start();
    }

    @Override
    public void stop() {
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

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    private void run() {
        while (writer == Thread.currentThread()) {
            try {
                Thread.sleep(properties.flushInterval());
            } catch (InterruptedException stopping) {
                return; // stop() flushes what is left
            }
            flush();
        }
    }
}
