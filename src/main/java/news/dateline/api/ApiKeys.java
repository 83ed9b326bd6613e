package news.dateline.api;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import news.dateline.site.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes, lists and revokes API keys, and tells which key a secret belongs to. Each node remembers the answer for
 * a secret (a key, or none) for {@link ApiProperties#keyCache()}: a partner polling many times a second costs one
 * indexed look-up and one {@code last_used_at} update per key and interval, not one per request. Revoking clears
 * this node's memory at once; other nodes follow within the interval.
 */
@Service
public class ApiKeys {

    /** A prefix that says what the text is, for people and for secret scanners. */
    static final String SECRET_PREFIX = "dl_";

    private final ApiKeyRepository keys;
    private final Clock clock;
    private final Cache<String, Optional<ApiKey>> byHash;

    ApiKeys(ApiKeyRepository keys, Clock clock, ApiProperties properties) {
        this.keys = keys;
        this.clock = clock;
        this.byHash = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(properties.keyCache()).build();
    }

    /**
     * @throws IllegalArgumentException when the name is blank
     */
    @Transactional
    public ApiKey.Issued issue(String name, long createdBy) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A key needs a name, e.g. the partner or app that will use it.");
        }
        String secret = SECRET_PREFIX + SecretTokens.newToken();
        return new ApiKey.Issued(keys.insert(name.strip(), SecretTokens.hash(secret), createdBy, clock.instant()),
                secret);
    }

    public List<ApiKey> all() {
        return keys.all();
    }

    /** @return false when there is no such key or it was revoked already */
    @Transactional
    public boolean revoke(long id) {
        boolean revoked = keys.revoke(id, clock.instant());
        byHash.invalidateAll();
        return revoked;
    }

    /** The key this secret belongs to, revoked or not; empty for a secret no key has. */
    public Optional<ApiKey> find(String secret) {
        return byHash.get(SecretTokens.hash(secret), hash -> {
            Optional<ApiKey> key = keys.byHash(hash);
            key.filter(k -> !k.revoked()).ifPresent(k -> keys.markUsed(k.id(), clock.instant()));
            return key;
        });
    }
}
