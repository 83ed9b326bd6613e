package news.dateline.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.member.MemberRateLimits;
import news.dateline.member.SignInRateLimitFilter;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the password form's POST, {@link EmailSignInController} the rest. */
@Controller
class SignInController {

    private final Words words;

    SignInController(Words words) {
        this.words = words;
    }

    @GetMapping("/signin")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String reset,
                  @RequestParam(required = false) String deleted, Model model) {
        model.addAttribute("meta", PageMeta.unlisted(words.get("signin.title")));
        model.addAttribute("failed", error != null);
        model.addAttribute("notice", reset != null ? words.get("signin.notice.password-reset")
                : deleted != null ? words.get("signin.notice.deleted")
                : null);
        return "member/signin";
    }

    /** Where {@link SignInRateLimitFilter} forwards refused password attempts. */
    @RequestMapping(SignInRateLimitFilter.REFUSED_PATH)
    String tooManyAttempts(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object verdict = request.getAttribute(SignInRateLimitFilter.VERDICT_ATTRIBUTE);
        if (!(verdict instanceof MemberRateLimits.Verdict refused)) {
            return "redirect:/signin";
        }
        return TooManyAttempts.signInPage(model, response, refused, request.getParameter("username"), words);
    }
}
