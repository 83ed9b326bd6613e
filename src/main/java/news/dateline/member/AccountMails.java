package news.dateline.member;

import java.time.Duration;
import java.time.Instant;

import news.dateline.mail.OutgoingMail;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/**
 * Every mail about an account, its words from the bundle ({@code mail.account.*}). Links are absolute, on
 * {@code dateline.site.base-url}.
 */
@Component
class AccountMails {

    private final SiteProperties site;
    private final Words words;

    AccountMails(SiteProperties site, Words words) {
        this.site = site;
        this.words = words;
    }

    OutgoingMail verifyEmail(String to, String name, String token, Duration valid) {
        return OutgoingMail.text(to, words.get("mail.account.verify.subject", site.name()),
                words.get("mail.account.verify.body", name, link("/verify-email", token), words.duration(valid),
                        site.name()));
    }

    OutgoingMail alreadyRegistered(String to, String name) {
        return OutgoingMail.text(to, words.get("mail.account.already-registered.subject", site.name()),
                words.get("mail.account.already-registered.body", name, site.name(), site.absolute("/signin"),
                        site.absolute("/password/forgot")));
    }

    OutgoingMail signIn(String to, String code, String token, Duration valid) {
        return OutgoingMail.text(to, words.get("mail.account.signin.subject", site.name(), code),
                words.get("mail.account.signin.body", code, link("/signin/link", token), words.duration(valid)));
    }

    OutgoingMail resetPassword(String to, String name, String token, Duration valid) {
        return OutgoingMail.text(to, words.get("mail.account.reset.subject", site.name()),
                words.get("mail.account.reset.body", name, link("/password/reset", token), words.duration(valid)));
    }

    OutgoingMail confirmNewEmail(String to, String name, String token, Duration valid) {
        return OutgoingMail.text(to, words.get("mail.account.confirm-new-email.subject", site.name()),
                words.get("mail.account.confirm-new-email.body", name, site.name(), link("/confirm-email", token),
                        words.duration(valid)));
    }

    OutgoingMail emailChangeRequested(String to, String name, String newEmail) {
        return OutgoingMail.text(to, words.get("mail.account.email-change.subject", site.name()),
                words.get("mail.account.email-change.body", name, newEmail, site.absolute("/password/forgot")));
    }

    OutgoingMail passwordChanged(String to, String name) {
        return OutgoingMail.text(to, words.get("mail.account.password-changed.subject", site.name()),
                words.get("mail.account.password-changed.body", name, site.absolute("/password/forgot")));
    }

    OutgoingMail deletionScheduled(String to, String name, Instant due) {
        return OutgoingMail.text(to, words.get("mail.account.deletion.subject", site.name()),
                words.get("mail.account.deletion.body", name, due, site.absolute("/account")));
    }

    private String link(String path, String token) {
        return site.absolute(path + "?token=" + token);
    }
}
