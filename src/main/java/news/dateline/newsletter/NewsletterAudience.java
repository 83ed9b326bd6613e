package news.dateline.newsletter;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * Who receives a newsletter, for delivery: confirmed addresses subscribed to it, and for a marketing newsletter only
 * members whose latest choice is to hear about offers. Read in pages by subscriber id, so an audience of any size is
 * queued in bounded memory; {@link #stillWanted} is asked again just before each copy is sent, so an unsubscribe or
 * a consent withdrawn after queueing stops it.
 */
@Service
public class NewsletterAudience {

    /**
     * One page of recipients as SQL, for queueing set-based ({@code INSERT … SELECT}) without reading them into
     * memory: columns {@code subscriber_id, email, name}; parameters {@code :n} (newsletter), {@code :after}
     * (subscriber id) and {@code :limit}; in subscriber id order.
     */
    public static final String PAGE = NewsletterAudienceRepository.PAGE;

    private final NewsletterAudienceRepository audience;

    NewsletterAudience(NewsletterAudienceRepository audience) {
        this.audience = audience;
    }

    /** A copy to check before it is sent: the caller's key for it, and to whom of which newsletter it goes. */
    public record Check(long key, long newsletterId, long subscriberId) {
    }

    /** One recipient: the address, and the member's name when the address is a member's. */
    public record Recipient(long subscriberId, String email, String name) {
    }

    /** Up to {@code limit} recipients with subscriber ids above {@code afterSubscriberId}, in id order. */
    public List<Recipient> page(long newsletterId, long afterSubscriberId, int limit) {
        return audience.page(newsletterId, afterSubscriberId, limit);
    }

    /** The keys of those copies whose address should no longer get the newsletter now; one query for them all. */
    public Set<Long> noLongerWanted(List<Check> checks) {
        if (checks.isEmpty()) {
            return Set.of();
        }
        return audience.noLongerWanted(checks);
    }

    /** Whether the address should still get this newsletter now. */
    public boolean stillWanted(long newsletterId, long subscriberId) {
        return audience.stillWanted(newsletterId, subscriberId);
    }
}
