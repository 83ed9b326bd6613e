/**
 * The read-only content API under {@code /api/v1}: JSON for partner apps, and ninjs for one article.
 *
 * <p>Terms: an <em>API key</em> is a named permission to call the API, made and revoked in the newsroom; its
 * <em>secret</em> is the random text callers send in {@code X-Api-Key}, shown once and stored only as its
 * SHA-256 <em>key hash</em>. A <em>cursor</em> is the opaque position after the last article of a page
 * (publication time and id), so pages neither skip nor repeat articles while new ones are published.
 *
 * <p>Public: {@link news.dateline.api.ApiKeys} (make, list, revoke, authenticate),
 * {@link news.dateline.api.ApiKey}, {@link news.dateline.api.ApiProperties}. Controllers and the request filter
 * are in {@code web}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "article :: correction", "ingest",
        "media", "member", "ratelimit", "site"})
package news.dateline.api;
