package news.dateline.database;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signing keys the application generates itself when none is configured (the meter cookie's, newsletter links'). The first node to ask stores a random one; every
 * other node reads that, so all nodes sign alike. {@code insert … on conflict do nothing} settles a race.
 */
@Component
public class SharedSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    SharedSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key called {@code name}, created (32 random bytes, Base64) by the first node that asks. */
    public String getOrCreate(String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        jdbc.sql("insert into shared_secret (name, value) values (:name, :value) on conflict (name) do nothing")
                .param("name", name).param("value", Base64.getEncoder().encodeToString(bytes)).update();
        return jdbc.sql("select value from shared_secret where name = :name").param("name", name)
                .query(String.class).single();
    }
}
