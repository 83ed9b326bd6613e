package news.dateline.member;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import news.dateline.mail.MailOutbox;
import news.dateline.site.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in without a password: a mail with a 6-digit code and a link. Requests for unknown addresses succeed
 * silently. Using either confirms the address. Rate limits are the web layer's ({@link MemberRateLimits}); password
 * sign-in is Spring Security's, through {@link MemberUserDetailsService}.
 */
@Service
public class EmailSignIn {

    private final MemberRepository members;
    private final MemberTokenRepository codes;
    private final LinkTokens tokens;
    private final EmailVerification verification;
    private final MailOutbox outbox;
    private final AccountMails mails;
    private final MemberProperties properties;
    private final Clock clock;

    EmailSignIn(MemberRepository members, MemberTokenRepository codes, LinkTokens tokens,
                EmailVerification verification, MailOutbox outbox, AccountMails mails, MemberProperties properties,
                Clock clock) {
        this.members = members;
        this.codes = codes;
        this.tokens = tokens;
        this.verification = verification;
        this.outbox = outbox;
        this.mails = mails;
        this.properties = properties;
        this.clock = clock;
    }

    /** Mails a sign-in code and link, when the address has an account. */
    @Transactional
    public void sendCode(String email) {
        members.findByEmail(email.strip()).map(MemberRepository.Credentials::member).ifPresent(member -> {
            String code = SecretTokens.newCode();
            LinkTokens.Issued link = tokens.issue(member.id(), TokenPurpose.SIGN_IN, codeHash(member.id(), code), null);
            outbox.enqueue(mails.signIn(member.email(), code, link.token(), link.lifetime()));
        });
    }

    /**
     * Signs in with a typed code. A wrong code counts against every open code of that member; after
     * {@link MemberProperties#maxCodeAttempts()} wrong ones, none works any more.
     */
    @Transactional(noRollbackFor = Throwable.class)
    public Optional<SignedInMember> withCode(String email, String code) {
        if (!wellFormed(code)) {
            return Optional.empty();
        }
        Optional<Member> member = members.findByEmail(email.strip()).map(MemberRepository.Credentials::member);
        if (member.isEmpty()) {
            return Optional.empty();
        }
        long id = member.get().id();
        Instant now = clock.instant();
        if (!codes.useCode(id, codeHash(id, code), properties.maxCodeAttempts(), now)) {
            codes.countWrongCode(id, now);
            return Optional.empty();
        }
        verification.markVerified(id);
        return Optional.of(SignedInMember.withoutPassword(member.get()));
    }

    /** Whether a sign-in link still works, for the page that asks for a click before using it. */
    public boolean linkUsable(String token) {
        return tokens.usable(TokenPurpose.SIGN_IN, token);
    }

    /** Signs in with the link of a sign-in mail (after the click the page asked for). */
    @Transactional
    public Optional<SignedInMember> withLink(String token) {
        return tokens.use(TokenPurpose.SIGN_IN, token).flatMap(used -> {
            verification.markVerified(used.memberId());
            return members.findById(used.memberId()).map(SignedInMember::withoutPassword);
        });
    }

    /** Codes are six digits; anything else is wrong without asking the database (and without counting). */
    static boolean wellFormed(String code) {
        return code != null && code.strip().matches("\\d{6}");
    }

    /** A code is short, so its hash is salted with the member it was sent to. */
    static String codeHash(long memberId, String code) {
        return SecretTokens.hash(memberId + ":" + code.strip());
    }
}
