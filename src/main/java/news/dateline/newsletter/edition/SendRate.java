package news.dateline.newsletter.edition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The messages-per-second limit shared by every node: one token-bucket row, refilled from the database's clock (the
 * same clock for all nodes) and taken from with a single UPDATE … RETURNING, so two nodes can never both spend the
 * same tokens. The bucket holds at most one second's worth (or one batch, if larger).
 */
@Component
class SendRate {

    private static final String TAKE = """
            update newsletter_send_rate
            set tokens = least(:capacity, tokens + extract(epoch from clock_timestamp() - updated_at) * :rate) - :n,
                updated_at = clock_timestamp()
            where id = 1 and least(:capacity, tokens + extract(epoch from clock_timestamp() - updated_at) * :rate) >= :n
            returning tokens""";

    private final JdbcClient jdbc;
    private final DeliveryProperties properties;

    SendRate(JdbcClient jdbc, DeliveryProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Waits until {@code n} messages may be sent; returns at once without a limit. */
    void acquire(int n) throws InterruptedException {
        double rate = properties.ratePerSecond();
        if (rate <= 0 || n == 0) {
            return;
        }
        double capacity = Math.max(rate, n);
        while (jdbc.sql(TAKE).param("capacity", capacity).param("rate", rate).param("n", (double) n)
                .query(Double.class).optional().isEmpty()) {
            Thread.sleep(Math.max(5, (long) (1000 * n / rate / 2)));
        }
    }
}
