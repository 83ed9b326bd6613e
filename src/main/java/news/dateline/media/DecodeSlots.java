package news.dateline.media;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Lets only {@code dateline.media.concurrent-decodes} photos be decoded and resized at once on this node, so that
 * several large uploads together cannot take its memory: {@link PhotoProcessor} bounds one decoded photo, this
 * bounds how many are held. An upload that waits longer than {@code decode-wait} is refused as busy.
 */
@Component
class DecodeSlots {

    private final Semaphore slots;
    private final long waitMillis;

    DecodeSlots(MediaProperties properties) {
        this.slots = new Semaphore(properties.concurrentDecodes(), true);
        this.waitMillis = properties.decodeWait().toMillis();
    }

    /** Runs the work in a slot; {@code name} is the file, for the refusal's message. */
    <T> T run(String name, Supplier<T> work) {
        try {
            if (!slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw busy(name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(name);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    private static PhotoRejectedException busy(String name) {
        return new PhotoRejectedException(name + " was not stored: the server is busy with other photos; "
                + "try again in a minute");
    }
}
