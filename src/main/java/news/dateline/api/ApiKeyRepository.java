package news.dateline.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code api_key}, found by the hash of their secret. */
@Repository
class ApiKeyRepository {

    private static final String COLUMNS = "id, name, created_by, created_at, last_used_at, revoked_at";
    private static final String SELECT = "select " + COLUMNS + " from api_key";

    private final JdbcClient jdbc;

    ApiKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ApiKey insert(String name, String keyHash, long createdBy, Instant now) {
        return jdbc.sql("""
                        insert into api_key (name, key_hash, created_by, created_at) values (:name, :hash, :by, :now)
                        returning\s""" + COLUMNS)
                .param("name", name).param("hash", keyHash).param("by", createdBy).param("now", Timestamp.from(now))
                .query(ApiKey.class).single();
    }

    List<ApiKey> all() {
        return jdbc.sql(SELECT + " order by revoked_at is not null, created_at desc, id desc")
                .query(ApiKey.class).list();
    }

    Optional<ApiKey> byHash(String keyHash) {
        return jdbc.sql(SELECT + " where key_hash = :hash").param("hash", keyHash).query(ApiKey.class).optional();
    }

    /** @return false when there is no such key or it was revoked already */
    boolean revoke(long id, Instant now) {
        return jdbc.sql("update api_key set revoked_at = :now where id = :id and revoked_at is null")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    void markUsed(long id, Instant now) {
        jdbc.sql("update api_key set last_used_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }
}
