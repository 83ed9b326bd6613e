package news.dateline.newsletter.edition;

import org.springframework.stereotype.Component;

/**
 * The messages-per-second limit shared by every node: one token-bucket row, refilled from the database's clock (the
 * same clock for all nodes) and taken from with a single UPDATE … RETURNING, so two nodes can never both spend the
 * same tokens. The bucket holds at most one second's worth (or one batch, if larger).
 */
@Component
class SendRate {


    private final SendRateRepository bucket;
    private final DeliveryProperties properties;

    SendRate(SendRateRepository bucket, DeliveryProperties properties) {
        this.bucket = bucket;
        this.properties = properties;
    }

    /** Waits until {@code n} messages may be sent; returns at once without a limit. */
    void acquire(int n) throws InterruptedException {
        double rate = properties.ratePerSecond();
        if (rate <= 0 || n == 0) {
            return;
        }
        double capacity = Math.max(rate, n);
        while (!bucket.take(capacity, rate, n)) {
            Thread.sleep(Math.max(5, (long) (1000 * n / rate / 2)));
        }
    }
}
