package news.dateline.member;

import java.util.Optional;

import news.dateline.mail.MailOutbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A forgotten password: a mailed link sets a new one, confirms the address and ends every session. Requests for
 * unknown addresses succeed silently.
 */
@Service
public class PasswordReset {

    private final MemberRepository members;
    private final MemberPasswords passwords;
    private final LinkTokens tokens;
    private final EmailVerification verification;
    private final MailOutbox outbox;
    private final AccountMails mails;
    private final MemberSessions sessions;

    PasswordReset(MemberRepository members, MemberPasswords passwords, LinkTokens tokens,
                  EmailVerification verification, MailOutbox outbox, AccountMails mails, MemberSessions sessions) {
        this.members = members;
        this.passwords = passwords;
        this.tokens = tokens;
        this.verification = verification;
        this.outbox = outbox;
        this.mails = mails;
        this.sessions = sessions;
    }

    /** Mails a password-reset link, when the address has an account. */
    @Transactional
    public void sendLink(String email) {
        members.findByEmail(email.strip()).map(MemberRepository.Credentials::member).ifPresent(member -> {
            LinkTokens.Issued link = tokens.issue(member.id(), TokenPurpose.RESET_PASSWORD);
            outbox.enqueue(mails.resetPassword(member.email(), member.displayName(), link.token(), link.lifetime()));
        });
    }

    /** Whether a reset link still works, for the page that asks for a click before using it. */
    public boolean linkUsable(String token) {
        return tokens.usable(TokenPurpose.RESET_PASSWORD, token);
    }

    /** Sets a new password with a reset link; false when the link was used or expired. Other reset links end. */
    @Transactional
    public boolean reset(String token, String newPassword) {
        Optional<MemberTokenRepository.Used> used = tokens.use(TokenPurpose.RESET_PASSWORD, token);
        used.ifPresent(u -> {
            passwords.change(u.memberId(), newPassword);
            verification.markVerified(u.memberId());
            tokens.useAll(u.memberId(), TokenPurpose.RESET_PASSWORD);
            members.findById(u.memberId()).ifPresent(m -> {
                outbox.enqueue(mails.passwordChanged(m.email(), m.displayName()));
                sessions.endAll(m.email(), null);
            });
        });
        return used.isPresent();
    }
}
