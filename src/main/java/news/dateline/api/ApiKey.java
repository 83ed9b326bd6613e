package news.dateline.api;

import java.time.Instant;

/**
 * A key of the content API as the newsroom lists it; the secret itself is never kept.
 *
 * @param createdBy  the member who made it, or null once that member is deleted
 * @param lastUsedAt roughly when it was last used (recorded at most every {@link ApiProperties#keyCache()})
 * @param revokedAt  when it was revoked, or null while it works
 */
public record ApiKey(long id, String name, Long createdBy, Instant createdAt, Instant lastUsedAt,
                     Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }

    /** A key just made, with its secret: the only time the secret is known. */
    public record Issued(ApiKey key, String secret) {
    }
}
