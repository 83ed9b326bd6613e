package news.dateline.member;

import java.time.Instant;

/**
 * What the account page shows about a member: the member, whether the email is verified, whether deletion was
 * asked for (and when the data goes), and the current marketing consent (null when never asked).
 */
public record Account(Member member, Instant emailVerifiedAt, Instant deletionRequestedAt, Instant deletionDueAt,
                      MarketingConsent marketingConsent) {

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public boolean deletionRequested() {
        return deletionRequestedAt != null;
    }

    public boolean marketingConsentGiven() {
        return marketingConsent != null && marketingConsent.given();
    }
}
