package news.dateline.mail;

import java.time.Instant;

/**
 * What the outbox holds that is not sent yet: mails waiting (first tries and retries) and mails given up on.
 *
 * @param oldestPending when the oldest waiting mail was queued; null when none waits
 */
record OutboxBacklog(long pending, long failed, Instant oldestPending) {
}
