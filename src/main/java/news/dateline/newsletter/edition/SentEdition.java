package news.dateline.newsletter.edition;

import java.time.Instant;

/**
 * What the newsletter feature knows of one sent edition's reach: copies sent, the providers' bounces and
 * complaints about them, and how many of its recipients unsubscribed from the newsletter (by any way) within
 * {@link SentEditions#UNSUBSCRIBE_WINDOW} of the send.
 */
public record SentEdition(long editionId, String newsletter, String subject, Instant queuedAt, long delivered,
                          long bounces, long complaints, long unsubscribed) {
}
