package news.dateline.access;

/**
 * The answer for one reader and one article.
 *
 * @param granted   whether the article's text may be sent
 * @param countRead whether granting it takes one of the month's free reads (the first read of a metered article)
 * @param blockedBecause why not, when not granted; null when granted
 * @param meter     the meter to show the reader ("You have read 3 of 10 free stories this month"), counting this
 *                  read if it is counted; null when the meter does not concern this reader or article
 */
public record AccessDecision(boolean granted, boolean countRead, Block blockedBecause, Meter meter) {

    /** Why a reader may not read an article's text, and so what the wall asks them to do. */
    public enum Block {
        /** an anonymous reader has used the visitors' allowance: register (or sign in) for more */
        REGISTER,
        /** a signed-in reader has used the month's allowance: subscribe, or wait for next month */
        METER_EXHAUSTED,
        /** a premium article: subscribers only */
        SUBSCRIBE,
        /** a former subscriber stopped by the meter or a premium article: renew the subscription */
        RENEW
    }

    /** Free reads used and allowed this month. */
    public record Meter(int used, int allowance) {
        public int remaining() {
            return Math.max(0, allowance - used);
        }
    }

    static AccessDecision open() {
        return new AccessDecision(true, false, null, null);
    }

    static AccessDecision granted(boolean count, Meter meter) {
        return new AccessDecision(true, count, null, meter);
    }

    static AccessDecision blocked(Block why, Meter meter) {
        return new AccessDecision(false, false, why, meter);
    }
}
