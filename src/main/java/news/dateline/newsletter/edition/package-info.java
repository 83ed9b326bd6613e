/**
 * Editions of newsletters and their delivery: each copy queued once per (edition, address), sent by workers on any
 * number of nodes that claim copies with SKIP LOCKED and a lease, retried with backoff, bounces suppressed, and a
 * send rate shared across nodes.
 */
@org.springframework.modulith.NamedInterface("edition")
package news.dateline.newsletter.edition;
