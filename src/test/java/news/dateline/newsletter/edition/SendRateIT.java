package news.dateline.newsletter.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The shared send rate: two "nodes" (two limiters on one database) together stay under the configured rate. */
@IntegrationTest
class SendRateIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoNodesTogetherSendNoFasterThanTheRate() throws Exception {
        double rate = 40;
        DeliveryProperties properties = new DeliveryProperties(true, 1, Duration.ofSeconds(1), 5, Duration.ofMinutes(5),
                100, 3, Duration.ofSeconds(1), Duration.ofMinutes(1), rate, 0, 500, Duration.ofSeconds(10),
                DeliveryProperties.Transport.SMTP);
        SendRate first = new SendRate(new SendRateRepository(jdbc), properties);
        SendRate second = new SendRate(new SendRateRepository(jdbc), properties);
        first.acquire(40); // empty the bucket: what follows is paid at the refill rate
        long start = System.nanoTime();
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            Future<?> a = nodes.submit(() -> take(first, 40));
            Future<?> b = nodes.submit(() -> take(second, 40));
            a.get();
            b.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // 80 messages at 40/s from an empty bucket take two seconds, however the two nodes interleave
        assertThat(seconds).isGreaterThan(1.8).isLessThan(6);
    }

    private static Void take(SendRate rate, int messages) throws InterruptedException {
        for (int i = 0; i < messages; i++) {
            rate.acquire(1);
        }
        return null;
    }
}
