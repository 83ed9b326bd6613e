package news.dateline.access;

import news.dateline.article.AccessLevel;

/**
 * The paywall decision: one pure function of article, reader and meter, without I/O, so that every feature that
 * needs it (the article page, feeds, newsletters) decides the same way and the rules can be tested as a matrix.
 * {@link ReadingGate} gathers the inputs and stores the counted read.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static AccessDecision decide(ArticleAccess article, Reader reader, MeterState meter) {
        if (reader.kind() == Reader.Kind.STAFF || reader.kind() == Reader.Kind.SUBSCRIBER) {
            return AccessDecision.open();
        }
        if (article.level() == AccessLevel.FREE) {
            return AccessDecision.open();
        }
        if (article.level() == AccessLevel.PREMIUM) {
            return AccessDecision.blocked(AccessDecision.Block.SUBSCRIBE, null);
        }
        if (meter.articleCounted()) {
            return AccessDecision.granted(false, new AccessDecision.Meter(meter.counted(), meter.allowance()));
        }
        if (!meter.exhausted()) {
            return AccessDecision.granted(true, new AccessDecision.Meter(meter.counted() + 1, meter.allowance()));
        }
        AccessDecision.Block why = reader.kind() == Reader.Kind.ANONYMOUS
                ? AccessDecision.Block.REGISTER : AccessDecision.Block.METER_EXHAUSTED;
        return AccessDecision.blocked(why, new AccessDecision.Meter(meter.counted(), meter.allowance()));
    }
}
