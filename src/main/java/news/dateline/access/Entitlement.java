package news.dateline.access;

/** What a member's subscriptions entitle them to now. */
public enum Entitlement {
    /** never subscribed */
    NONE,
    /** a current subscription: reads everything */
    SUBSCRIBED,
    /** had one that ended or was cancelled: metered like any member, and asked to renew */
    LAPSED
}
