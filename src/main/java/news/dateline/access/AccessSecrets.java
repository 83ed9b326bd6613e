package news.dateline.access;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Keys this feature generates itself when none is configured. The first node to ask stores a random one; every
 * other node reads that, so all nodes sign alike. {@code insert … on conflict do nothing} settles a race.
 */
@Repository
class AccessSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    AccessSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String getOrCreate(String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        jdbc.sql("insert into access_secret (name, value) values (:name, :value) on conflict (name) do nothing")
                .param("name", name).param("value", Base64.getEncoder().encodeToString(bytes)).update();
        return jdbc.sql("select value from access_secret where name = :name").param("name", name)
                .query(String.class).single();
    }
}
