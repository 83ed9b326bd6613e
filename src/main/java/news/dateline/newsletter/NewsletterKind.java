package news.dateline.newsletter;

/** Editorial newsletters carry journalism; marketing ones (offers) reach only members who gave marketing consent. */
public enum NewsletterKind {
    EDITORIAL, MARKETING
}
