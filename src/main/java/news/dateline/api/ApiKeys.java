package news.dateline.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
    private final SecureRandom random = new SecureRandom();
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
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new ApiKey.Issued(keys.insert(name.strip(), hash(secret), createdBy, clock.instant()), secret);
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
        return byHash.get(hash(secret), hash -> {
            Optional<ApiKey> key = keys.byHash(hash);
            key.filter(k -> !k.revoked()).ifPresent(k -> keys.markUsed(k.id(), clock.instant()));
            return key;
        });
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
