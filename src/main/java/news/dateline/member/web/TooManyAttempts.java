package news.dateline.member.web;

import jakarta.servlet.http.HttpServletResponse;
import news.dateline.member.MemberRateLimits;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The 429 page for any rate-limited account request: what happened and how long to wait. */
final class TooManyAttempts {

    private TooManyAttempts() {
    }

    static String page(Model model, HttpServletResponse response, MemberRateLimits.Verdict verdict, Words words) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(Math.max(1, verdict.retryAfter().toSeconds())));
        model.addAttribute("meta", PageMeta.unlisted(words.get("too-many.title")));
        model.addAttribute("wait", words.get("duration.minutes", verdict.waitRoundedUp().toMinutes()));
        return "member/too-many";
    }

    /**
     * The refusal of a password sign-in, which also offers an emailed code for the address: the limits stop
     * guessing, and the owner, who reads the mail, still gets in (mails have limits of their own).
     */
    static String signInPage(Model model, HttpServletResponse response, MemberRateLimits.Verdict verdict,
                             String email, Words words) {
        model.addAttribute("codeEmail", email == null ? "" : email.strip());
        return page(model, response, verdict, words);
    }
}
