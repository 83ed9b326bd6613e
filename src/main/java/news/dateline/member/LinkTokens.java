package news.dateline.member;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import news.dateline.site.SecretTokens;
import org.springframework.stereotype.Component;

/**
 * The one-time secrets mailed in links (and the 6-digit sign-in codes beside them): issued with the lifetime
 * {@link MemberProperties} gives their purpose, stored only as hashes, used once. Shared by
 * {@link MemberRegistration}, {@link EmailSignIn}, {@link PasswordReset} and {@link AccountSettings}.
 */
@Component
class LinkTokens {

    private final MemberTokenRepository tokens;
    private final MemberProperties properties;
    private final Clock clock;

    LinkTokens(MemberTokenRepository tokens, MemberProperties properties, Clock clock) {
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    /** A token just issued: the secret for the mail and how long it works. */
    record Issued(String token, Duration lifetime) {
    }

    Issued issue(long memberId, TokenPurpose purpose) {
        return issue(memberId, purpose, null, null);
    }

    /** With the hash of the code that goes with a sign-in link, or the new address a change-email link confirms. */
    Issued issue(long memberId, TokenPurpose purpose, String codeHash, String email) {
        Instant now = clock.instant();
        Duration lifetime = lifetime(properties, purpose);
        String token = SecretTokens.newToken();
        tokens.insert(memberId, purpose, SecretTokens.hash(token), codeHash, email, now, now.plus(lifetime));
        return new Issued(token, lifetime);
    }

    /** Whether a mailed link still works, for the page that asks for a click before using it. */
    boolean usable(TokenPurpose purpose, String token) {
        return token != null && tokens.usable(purpose, SecretTokens.hash(token), clock.instant());
    }

    /** Uses the token: empty when blank, unknown, used or expired. */
    Optional<MemberTokenRepository.Used> use(TokenPurpose purpose, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return tokens.use(purpose, SecretTokens.hash(token), clock.instant());
    }

    /** Ends every open token of the purpose (the other reset links, once one was used). */
    void useAll(long memberId, TokenPurpose purpose) {
        tokens.useAll(memberId, purpose, clock.instant());
    }

    /** How long a link of the purpose works: each purpose has its own setting. */
    static Duration lifetime(MemberProperties properties, TokenPurpose purpose) {
        return switch (purpose) {
            case VERIFY_EMAIL -> properties.verifyEmailLifetime();
            case SIGN_IN -> properties.signInLifetime();
            case RESET_PASSWORD -> properties.resetPasswordLifetime();
            case CHANGE_EMAIL -> properties.changeEmailLifetime();
        };
    }
}
