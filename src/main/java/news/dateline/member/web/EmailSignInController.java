package news.dateline.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.member.MemberAccounts;
import news.dateline.member.MemberAccounts.LinkPurpose;
import news.dateline.member.MemberRateLimits;
import news.dateline.site.PageMeta;
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

    static final String WRONG_CODE = "That code is wrong or has expired. Check the latest mail, or ask for a new code.";

    private final MemberAccounts accounts;
    private final MemberRateLimits limits;
    private final SessionSignIn sessions;

    EmailSignInController(MemberAccounts accounts, MemberRateLimits limits, SessionSignIn sessions) {
        this.accounts = accounts;
        this.limits = limits;
        this.sessions = sessions;
    }

    @PostMapping("/signin/code")
    String sendCode(@ModelAttribute CodeForm form, Model model, HttpServletRequest request,
                    HttpServletResponse response, RedirectAttributes redirect) {
        String problem = Forms.emailProblem(form.email());
        if (problem != null) {
            return codePage(model, new CodeForm(form.email(), ""), problem, false);
        }
        var verdict = limits.mailRequest(form.email(), request.getRemoteAddr());
        if (!verdict.allowed()) {
            return TooManyAttempts.page(model, response, verdict);
        }
        accounts.sendSignInCode(form.email());
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
        String problem = Forms.emailProblem(form.email());
        if (problem != null) {
            return codePage(model, form, problem, false);
        }
        var verdict = limits.codeEntry(form.email(), request.getRemoteAddr());
        if (!verdict.allowed()) {
            return TooManyAttempts.page(model, response, verdict);
        }
        return accounts.signInWithCode(form.email(), form.code())
                .map(member -> "redirect:" + sessions.signIn(member, "/account", request, response))
                .orElseGet(() -> codePage(model, new CodeForm(form.email(), ""), WRONG_CODE, false));
    }

    @GetMapping("/signin/link")
    String link(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return ConfirmLinkPage.show(model, response, accounts.linkUsable(LinkPurpose.SIGN_IN, token),
                new ConfirmLinkPage("Sign in", "Press the button to sign in.", "/signin/link", token, "Sign in",
                        "This sign-in link has been used or has expired. Ask for a new code on the sign-in page."));
    }

    @PostMapping("/signin/link")
    String useLink(@RequestParam(required = false) String token, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        return accounts.signInWithLink(token)
                .map(member -> "redirect:" + sessions.signIn(member, "/account", request, response))
                .orElseGet(() -> link(token, model, response));
    }

    private String codePage(Model model, CodeForm form, String error, boolean sent) {
        model.addAttribute("meta", PageMeta.unlisted("Sign in with a code"));
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("sent", sent);
        return "member/code";
    }
}
