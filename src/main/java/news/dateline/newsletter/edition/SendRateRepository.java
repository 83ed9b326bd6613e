package news.dateline.newsletter.edition;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code newsletter_send_rate} token bucket row, for {@link SendRate}. */
@Repository
class SendRateRepository {

    // refilled from the database's clock (the same for every node) and taken from in one UPDATE … RETURNING
    private static final String TAKE = """
            update newsletter_send_rate
            set tokens = least(:capacity, tokens + extract(epoch from clock_timestamp() - updated_at) * :rate) - :n,
                updated_at = clock_timestamp()
            where id = 1 and least(:capacity, tokens + extract(epoch from clock_timestamp() - updated_at) * :rate) >= :n
            returning tokens""";

    private final JdbcClient jdbc;

    SendRateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes {@code n} tokens if the bucket, refilled at {@code rate} per second up to {@code capacity}, has them. */
    boolean take(double capacity, double rate, int n) {
        return jdbc.sql(TAKE).param("capacity", capacity).param("rate", rate).param("n", (double) n)
                .query(Double.class).optional().isPresent();
    }
}
