package news.dateline.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.member.EmailSignIn;
import news.dateline.member.MemberRateLimits;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signing in without a password: ask for a mail with a 6-digit code and a link, then type the code or open the
 * link. Opening the link only shows a button; the POST behind it signs in, so a mail scanner that follows links
 * does not use it up.
 */
@Controller
class EmailSignInController {

    private final EmailSignIn signIns;
    private final MemberRateLimits limits;
    private final SessionSignIn sessions;
    private final Words words;

    EmailSignInController(EmailSignIn signIns, MemberRateLimits limits, SessionSignIn sessions,
                          Words words) {
        this.signIns = signIns;
        this.words = words;
        this.limits = limits;
        this.sessions = sessions;
    }

    @PostMapping("/signin/code")
    String sendCode(@ModelAttribute CodeForm form, Model model, HttpServletRequest request,
                    HttpServletResponse response, RedirectAttributes redirect) {
        String problem = Forms.emailProblem(words, form.email());
        if (problem != null) {
            return codePage(model, new CodeForm(form.email(), ""), problem, false);
        }
        var verdict = limits.mailRequest(form.email(), request.getRemoteAddr());
        if (!verdict.allowed()) {
            return TooManyAttempts.page(model, response, verdict, words);
        }
        signIns.sendCode(form.email());
        redirect.addFlashAttribute("sentTo", form.email().strip());
        return "redirect:/signin/code";
    }

    @GetMapping("/signin/code")
    String codeForm(Model model) {
        Object sentTo = model.getAttribute("sentTo");
        return codePage(model, new CodeForm(sentTo instanceof String s ? s : "", ""), null, sentTo != null);
    }

    @PostMapping("/signin/code/verify")
    String verifyCode(@ModelAttribute CodeForm form, Model model, HttpServletRequest request,
                      HttpServletResponse response) {
        String problem = Forms.emailProblem(words, form.email());
        if (problem != null) {
            return codePage(model, form, problem, false);
        }
        var verdict = limits.codeEntry(form.email(), request.getRemoteAddr());
        if (!verdict.allowed()) {
            return TooManyAttempts.page(model, response, verdict, words);
        }
        return signIns.withCode(form.email(), form.code())
                .map(member -> "redirect:" + sessions.signIn(member, "/account", request, response))
                .orElseGet(() -> codePage(model, new CodeForm(form.email(), ""), words.get("code.error.wrong"), false));
    }

    @GetMapping("/signin/link")
    String link(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return ConfirmLinkPage.show(model, response, signIns.linkUsable(token),
                new ConfirmLinkPage(words.get("confirm-link.signin.title"), words.get("confirm-link.signin.text"),
                        "/signin/link", token, words.get("confirm-link.signin.button"),
                        words.get("confirm-link.signin.invalid")));
    }

    @PostMapping("/signin/link")
    String useLink(@RequestParam(required = false) String token, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        return signIns.withLink(token)
                .map(member -> "redirect:" + sessions.signIn(member, "/account", request, response))
                .orElseGet(() -> link(token, model, response));
    }

    private String codePage(Model model, CodeForm form, String error, boolean sent) {
        model.addAttribute("meta", PageMeta.unlisted(words.get("code.title")));
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("sent", sent);
        return "member/code";
    }
}
