package news.dateline.member;

/** A member whose current marketing consent is given: whom an offer mail may go to. */
public record MarketingRecipient(long memberId, String email, String displayName) {
}
