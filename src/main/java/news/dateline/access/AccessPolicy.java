package news.dateline.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import news.dateline.article.AccessLevel;

/**
 * The paywall decision: one pure function of article, reader and meter, without I/O, so that every feature that
 * needs it (the article page, feeds, newsletters) decides the same way and the rules can be tested as a matrix.
 * {@link ReadingGate} gathers the inputs and stores the counted read. {@link #entitlement} turns a member's
 * subscriptions into the reader kind's input (subscriber, lapsed, never subscribed).
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static AccessDecision decide(ArticleAccess article, Reader reader, MeterState meter) {
        return decide(article, reader, meter, false);
    }

    /**
     * @param gifted the reader opened a valid gift link to this very article ({@link GiftLinks}): it is read whole
     *               without the meter, premium or not
     */
    public static AccessDecision decide(ArticleAccess article, Reader reader, MeterState meter, boolean gifted) {
        if (reader.kind() == Reader.Kind.STAFF || reader.kind() == Reader.Kind.SUBSCRIBER) {
            return AccessDecision.open();
        }
        if (article.level() == AccessLevel.FREE || gifted) {
            return AccessDecision.open();
        }
        if (article.level() == AccessLevel.PREMIUM) {
            return AccessDecision.blocked(subscribeOrRenew(reader), null);
        }
        if (meter.articleCounted()) {
            return AccessDecision.granted(false, new AccessDecision.Meter(meter.counted(), meter.allowance()));
        }
        if (!meter.exhausted()) {
            return AccessDecision.granted(true, new AccessDecision.Meter(meter.counted() + 1, meter.allowance()));
        }
        AccessDecision.Block why = reader.kind() == Reader.Kind.ANONYMOUS ? AccessDecision.Block.REGISTER
                : reader.kind() == Reader.Kind.EXPIRED_SUBSCRIBER ? AccessDecision.Block.RENEW
                : AccessDecision.Block.METER_EXHAUSTED;
        return AccessDecision.blocked(why, new AccessDecision.Meter(meter.counted(), meter.allowance()));
    }

    /** A former subscriber is asked to renew rather than to subscribe as if new. */
    private static AccessDecision.Block subscribeOrRenew(Reader reader) {
        return reader.kind() == Reader.Kind.EXPIRED_SUBSCRIBER ? AccessDecision.Block.RENEW
                : AccessDecision.Block.SUBSCRIBE;
    }

    /**
     * What a member's subscriptions entitle them to at {@code now}: SUBSCRIBED when one of them is current
     * ({@link Subscription#currentAt}, with {@code grace} for past-due payments), LAPSED when one of them ever started
     * (a checkout never paid for, INCOMPLETE, does not count), NONE otherwise.
     */
    public static Entitlement entitlement(List<Subscription> subscriptions, Instant now, Duration grace) {
        if (subscriptions.stream().anyMatch(s -> s.currentAt(now, grace))) {
            return Entitlement.SUBSCRIBED;
        }
        return subscriptions.stream().allMatch(s -> s.status() == Subscription.Status.INCOMPLETE)
                ? Entitlement.NONE : Entitlement.LAPSED;
    }
}
