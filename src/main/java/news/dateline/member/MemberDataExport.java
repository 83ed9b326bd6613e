package news.dateline.member;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import news.dateline.mail.StoredMail;

/** Everything stored about a member, as the JSON download offered before an account is deleted. */
public record MemberDataExport(Instant exportedAt, Profile account, List<MarketingConsent> marketingConsent,
                               List<Token> mailedTokens, List<Mail> mails, Map<String, Object> other) {

    public record Profile(long id, String email, String displayName, List<String> roles, Instant createdAt,
                          Instant emailVerifiedAt, Instant deletionRequestedAt) {
    }

    /** A one-time link or code mailed to the member; the token itself is never kept, only its hash. */
    public record Token(String purpose, String newEmail, Instant createdAt, Instant expiresAt, Instant usedAt) {
    }

    public record Mail(String to, String subject, String textBody, String status, Instant queuedAt, Instant sentAt) {

        static Mail of(StoredMail mail) {
            return new Mail(mail.to(), mail.subject(), mail.textBody(), mail.status().name(), mail.createdAt(),
                    mail.sentAt());
        }
    }
}
