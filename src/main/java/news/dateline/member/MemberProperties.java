package news.dateline.member;

import java.time.Duration;

import news.dateline.ratelimit.RateLimiter.Limit;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Member accounts ({@code dateline.members.*}). Rate limits are written hits/window, e.g. {@code 10/PT15M}: they
 * count in PostgreSQL, so they hold across app nodes.
 *
 * @param minPasswordLength        the shortest password accepted at registration, reset, change and for staff
 *                                 accounts (see {@link PasswordPolicy} for the rest of the rule)
 * @param verifyEmailLifetime      how long an email-verification link works
 * @param signInLifetime           how long an emailed sign-in link and its 6-digit code work
 * @param maxCodeAttempts          wrong codes typed before all of a member's open codes stop working
 * @param resetPasswordLifetime    how long a password-reset link works
 * @param changeEmailLifetime      how long the link confirming a new address works
 * @param deletionGrace            how long after asking for deletion an account's personal data is removed
 *                                 (the member may cancel until then)
 * @param signInPerAddressAndIp    password sign-in attempts for one email address from one IP address: the limit a
 *                                 guesser meets, which cannot lock the owner out from elsewhere
 * @param signInPerAddress         password sign-in attempts for one email address from all IP addresses together
 *                                 (looser: it stops guessing spread over many networks; while it refuses, the
 *                                 refusal page offers the owner an emailed code). Attempts refused by the other two
 *                                 limits do not count here, so one network alone cannot reach it
 * @param signInPerIp              password and code sign-in attempts from one IP address
 * @param mailPerAddress           mails asked for one address (registration, sign-in codes, resets)
 * @param mailPerIp                such mails asked from one IP address
 * @param codeEntriesPerAddress    sign-in codes typed for one address
 */
@ConfigurationProperties("dateline.members")
public record MemberProperties(
        @DefaultValue("12") int minPasswordLength,
        @DefaultValue("P2D") Duration verifyEmailLifetime,
        @DefaultValue("PT15M") Duration signInLifetime,
        @DefaultValue("5") int maxCodeAttempts,
        @DefaultValue("PT1H") Duration resetPasswordLifetime,
        @DefaultValue("P1D") Duration changeEmailLifetime,
        @DefaultValue("P7D") Duration deletionGrace,
        @DefaultValue("10/PT15M") Limit signInPerAddressAndIp,
        @DefaultValue("30/PT15M") Limit signInPerAddress,
        @DefaultValue("50/PT15M") Limit signInPerIp,
        @DefaultValue("5/PT1H") Limit mailPerAddress,
        @DefaultValue("30/PT1H") Limit mailPerIp,
        @DefaultValue("10/PT15M") Limit codeEntriesPerAddress) {
}
