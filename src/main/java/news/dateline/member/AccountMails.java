package news.dateline.member;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import news.dateline.mail.OutgoingMail;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;

/** The words of every mail about an account. Links are absolute, on {@code dateline.site.base-url}. */
@Component
class AccountMails {

    private final SiteProperties site;
    private final DateTimeFormatter date;

    AccountMails(SiteProperties site) {
        this.site = site;
        this.date = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).withZone(site.zone());
    }

    OutgoingMail verifyEmail(String to, String name, String token, Duration valid) {
        return OutgoingMail.text(to, "Confirm your email for " + site.name(), """
                Hello %s,

                Please confirm this is your email address by opening this link and pressing "Confirm":

                %s

                The link works for %s. If you did not register at %s, ignore this mail.
                """.formatted(name, link("/verify-email", token), words(valid), site.name()));
    }

    OutgoingMail alreadyRegistered(String to, String name) {
        return OutgoingMail.text(to, "You already have an account at " + site.name(), """
                Hello %s,

                Someone (perhaps you) tried to register at %s with this email address, which already has an account.

                Sign in: %s
                Forgot your password? %s

                If it was not you, you need not do anything.
                """.formatted(name, site.name(), site.absolute("/signin"), site.absolute("/password/forgot")));
    }

    OutgoingMail signIn(String to, String code, String token, Duration valid) {
        return OutgoingMail.text(to, "Your sign-in code for " + site.name() + ": " + code, """
                Your sign-in code is:

                %s

                Type it on the sign-in page, or open this link and press "Sign in":

                %s

                The code and the link work once, for %s. If you did not ask to sign in, ignore this mail.
                """.formatted(code, link("/signin/link", token), words(valid)));
    }

    OutgoingMail resetPassword(String to, String name, String token, Duration valid) {
        return OutgoingMail.text(to, "Reset your password for " + site.name(), """
                Hello %s,

                To choose a new password, open this link:

                %s

                The link works once, for %s. If you did not ask for it, ignore this mail: your password stays as it is.
                """.formatted(name, link("/password/reset", token), words(valid)));
    }

    OutgoingMail confirmNewEmail(String to, String name, String token, Duration valid) {
        return OutgoingMail.text(to, "Confirm your new email for " + site.name(), """
                Hello %s,

                To use this address for your %s account, open this link and press "Confirm":

                %s

                The link works for %s.
                """.formatted(name, site.name(), link("/confirm-email", token), words(valid)));
    }

    OutgoingMail emailChangeRequested(String to, String name, String newEmail) {
        return OutgoingMail.text(to, "Your email at " + site.name() + " is being changed", """
                Hello %s,

                Someone signed in to your account asked to change its email to %s. It changes once that address is confirmed.
                If this was not you, change your password now: %s
                """.formatted(name, newEmail, site.absolute("/password/forgot")));
    }

    OutgoingMail passwordChanged(String to, String name) {
        return OutgoingMail.text(to, "Your password at " + site.name() + " was changed", """
                Hello %s,

                The password of your account was just changed. If this was not you, reset it now: %s
                """.formatted(name, site.absolute("/password/forgot")));
    }

    OutgoingMail deletionScheduled(String to, String name, Instant due) {
        return OutgoingMail.text(to, "Your " + site.name() + " account will be deleted", """
                Hello %s,

                As you asked, your account and its personal data will be deleted on %s.
                Changed your mind? Sign in before then and cancel the deletion on your account page: %s
                """.formatted(name, date.format(due), site.absolute("/account")));
    }

    private String link(String path, String token) {
        return site.absolute(path + "?token=" + token);
    }

    static String words(Duration duration) {
        if (duration.toDays() >= 1 && duration.toHoursPart() == 0) {
            return duration.toDays() == 1 ? "1 day" : duration.toDays() + " days";
        }
        if (duration.toHours() >= 1 && duration.toMinutesPart() == 0) {
            return duration.toHours() == 1 ? "1 hour" : duration.toHours() + " hours";
        }
        return duration.toMinutes() + " minutes";
    }
}
