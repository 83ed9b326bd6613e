package news.dateline.newsletter;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * Who receives a newsletter, for delivery: confirmed addresses subscribed to it, and for a marketing newsletter only
 * members whose latest choice is to hear about offers. Read in pages by subscriber id, so an audience of any size is
 * queued in bounded memory; each copy is checked again when it is claimed for sending ({@link #wantedNow}, inside
 * the claim), so an unsubscribe or a consent withdrawn after queueing stops it.
 */
@Service
public class NewsletterAudience {

    /**
     * One page of recipients as SQL, for queueing set-based ({@code INSERT … SELECT}) without reading them into
     * memory: columns {@code subscriber_id, email, name}; parameters {@code :n} (newsletter), {@code :after}
     * (subscriber id) and {@code :limit}; in subscriber id order.
     */
    public static final String PAGE = NewsletterAudienceRepository.PAGE;

    /**
     * Whether a subscriber should still get a newsletter now, as an SQL boolean expression over the two given
     * expressions (columns or parameters): for the check a copy gets when it is claimed for sending, inside the claim.
     */
    public static String wantedNow(String newsletterId, String subscriberId) {
        return NewsletterAudienceRepository.wantedNow(newsletterId, subscriberId);
    }

    private final NewsletterAudienceRepository audience;

    NewsletterAudience(NewsletterAudienceRepository audience) {
        this.audience = audience;
    }

    /** One recipient: the address, and the member's name when the address is a member's. */
    public record Recipient(long subscriberId, String email, String name) {
    }

    /** Up to {@code limit} recipients with subscriber ids above {@code afterSubscriberId}, in id order. */
    public List<Recipient> page(long newsletterId, long afterSubscriberId, int limit) {
        return audience.page(newsletterId, afterSubscriberId, limit);
    }

    /** Whether the address should still get this newsletter now. */
    public boolean stillWanted(long newsletterId, long subscriberId) {
        return audience.stillWanted(newsletterId, subscriberId);
    }
}
