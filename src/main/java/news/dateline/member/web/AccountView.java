package news.dateline.member.web;

import news.dateline.member.Account;
import news.dateline.member.MarketingConsent;
import news.dateline.member.Members;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import news.dateline.site.Words;

/** The account page's view of a member, dates already in words in the site's zone. */
public record AccountView(String displayName, String email, boolean emailVerified, boolean marketingConsent,
                          String consentWords, String memberSince, String deletionDue, boolean deletionRequested) {

    /** The signed-in member's account; 404 when it is gone. */
    static AccountView of(Members accounts, SignedInMember member, Words words) {
        return accounts.account(member.memberId()).map(a -> of(a, words))
                .orElseThrow(() -> new NotFoundException("account " + member.memberId()));
    }

    static AccountView of(Account account, Words words) {
        MarketingConsent consent = account.marketingConsent();
        String consentWords = consent == null ? words.get("account.consent.not-asked")
                : consent.given() ? words.get("account.consent.given", consent.at(), consent.way())
                : words.get("account.consent.withdrawn", consent.at(), consent.way());
        return new AccountView(account.member().displayName(), account.member().email(), account.emailVerified(),
                account.marketingConsentGiven(), consentWords, words.date(account.member().createdAt()),
                account.deletionDueAt() == null ? null : words.date(account.deletionDueAt()),
                account.deletionRequested());
    }
}
