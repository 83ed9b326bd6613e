package news.dateline.access;

/**
 * Who is asking to read, as far as access is concerned.
 *
 * @param kind     what kind of reader this is
 * @param meterKey the key the meter counts under ({@code member:42}, {@code visitor:…}); null for readers the
 *                 meter never applies to (subscribers, staff)
 */
public record Reader(Kind kind, String meterKey) {

    public enum Kind {
        /** not signed in; known only by the signed meter cookie */
        ANONYMOUS,
        /** signed in, without a current subscription, and never had one */
        MEMBER,
        /** signed in, had a subscription that has ended or was cancelled: metered like a member */
        EXPIRED_SUBSCRIBER,
        /** signed in with a current subscription */
        SUBSCRIBER,
        /** editors and admins read everything, to check what readers see */
        STAFF
    }

    public static Reader anonymous(String visitorId) {
        return new Reader(Kind.ANONYMOUS, "visitor:" + visitorId);
    }

    public static Reader member(long memberId) {
        return new Reader(Kind.MEMBER, "member:" + memberId);
    }

    public static Reader expiredSubscriber(long memberId) {
        return new Reader(Kind.EXPIRED_SUBSCRIBER, "member:" + memberId);
    }

    public static Reader subscriber() {
        return new Reader(Kind.SUBSCRIBER, null);
    }

    public static Reader staff() {
        return new Reader(Kind.STAFF, null);
    }

    public boolean metered() {
        return meterKey != null;
    }
}
