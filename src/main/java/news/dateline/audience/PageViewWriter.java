package news.dateline.audience;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The node's {@link ViewBuffer} as a Spring bean: started with the application, stopped (and flushed) before the
 * database goes away, its drops visible to operations as {@code dateline.audience.views.dropped}.
 */
@Component
class PageViewWriter implements SmartLifecycle {

    private final ViewBuffer buffer;
    private volatile boolean running;

    PageViewWriter(PageViewRepository views, AudienceProperties properties, MeterRegistry registry) {
        this.buffer = new ViewBuffer(properties.bufferCapacity(), properties.flushInterval(), views::copy);
        Gauge.builder("dateline.audience.views.dropped", buffer, ViewBuffer::dropped)
                .description("Page views dropped because this node's buffer was full").register(registry);
        Gauge.builder("dateline.audience.views.waiting", buffer, ViewBuffer::waiting)
                .description("Page views in this node's buffer waiting to be stored").register(registry);
    }

    boolean offer(PageView view) {
        return buffer.offer(view);
    }

    /** Stores what waits now (tests, and the bench, which must not wait for the next tick). */
    void flush() {
        buffer.flush();
    }

    long dropped() {
        return buffer.dropped();
    }

    @Override
    public void start() {
        buffer.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        buffer.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
