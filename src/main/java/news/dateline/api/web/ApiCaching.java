package news.dateline.api.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/**
 * How API responses may be cached. {@code private}: every answer needs a key, so a shared cache (a CDN) must not
 * hand one caller's response to another who has none. {@code no-cache}: the caller's own cache keeps it but asks
 * again each time; with the ETag that costs a 304 and no body, and a revoked key or a spent rate limit still
 * applies at once.
 */
final class ApiCaching {

    static final CacheControl POLICY = CacheControl.noCache().cachePrivate();

    private ApiCaching() {
    }

    /** A 200 answer with the API's caching policy. */
    static ResponseEntity.BodyBuilder ok() {
        return ResponseEntity.ok().cacheControl(POLICY);
    }
}
