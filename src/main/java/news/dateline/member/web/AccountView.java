package news.dateline.member.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import news.dateline.member.Account;
import news.dateline.member.MarketingConsent;

/** The account page's view of a member, dates already in words in the site's zone. */
public record AccountView(String displayName, String email, boolean emailVerified, boolean marketingConsent,
                          String consentWords, String memberSince, String deletionDue, boolean deletionRequested) {

    static AccountView of(Account account, DateTimeFormatter date) {
        MarketingConsent consent = account.marketingConsent();
        String consentWords = consent == null ? "You have not been asked yet."
                : (consent.given() ? "Given" : "Withdrawn") + " on " + date.format(consent.at()) + " (" + consent.way() + ").";
        return new AccountView(account.member().displayName(), account.member().email(), account.emailVerified(),
                account.marketingConsentGiven(), consentWords, date.format(account.member().createdAt()),
                format(account.deletionDueAt(), date), account.deletionRequested());
    }

    private static String format(Instant instant, DateTimeFormatter date) {
        return instant == null ? null : date.format(instant);
    }

    static DateTimeFormatter formatter(java.time.ZoneId zone) {
        return DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).withZone(zone);
    }
}
