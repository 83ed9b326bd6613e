package news.dateline.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.member.MemberAccounts;
import news.dateline.member.MemberRateLimits;
import news.dateline.member.PasswordPolicy;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registration: the form, then "check your inbox" whether or not the address already had an account. */
@Controller
class RegistrationController {

    private final MemberAccounts accounts;
    private final MemberRateLimits limits;
    private final PasswordPolicy passwords;
    private final Words words;

    RegistrationController(MemberAccounts accounts, MemberRateLimits limits, PasswordPolicy passwords,
                           Words words) {
        this.accounts = accounts;
        this.words = words;
        this.limits = limits;
        this.passwords = passwords;
    }

    @GetMapping("/register")
    String form(Model model) {
        return page(model, RegistrationForm.empty(), null);
    }

    @PostMapping("/register")
    String register(@ModelAttribute RegistrationForm form, Model model, HttpServletRequest request,
                    HttpServletResponse response, RedirectAttributes redirect) {
        String problem = form.problem(passwords, words);
        if (problem != null) {
            return page(model, form, problem);
        }
        var verdict = limits.mailRequest(form.email(), request.getRemoteAddr());
        if (!verdict.allowed()) {
            return TooManyAttempts.page(model, response, verdict, words);
        }
        accounts.register(new MemberAccounts.Registration(form.email(), form.displayName(), form.password(),
                form.consents()));
        redirect.addFlashAttribute("email", form.email().strip());
        return "redirect:/register/check-inbox";
    }

    @GetMapping("/register/check-inbox")
    String checkInbox(Model model) {
        model.addAttribute("meta", PageMeta.unlisted(words.get("check-inbox.title")));
        return "member/check-inbox";
    }

    private String page(Model model, RegistrationForm form, String error) {
        model.addAttribute("meta", PageMeta.unlisted(words.get("register.title")));
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("minPasswordLength", passwords.minLength());
        return "member/register";
    }
}
