package news.dateline.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import news.dateline.member.Members;
import news.dateline.member.MemberRateLimits;
import news.dateline.member.MemberRegistration;
import news.dateline.member.PasswordPolicy;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Registration: the form, then "check your inbox" whether or not the address already had an account. */
@Controller
class RegistrationController {

    private final MemberRegistration registration;
    private final MemberRateLimits limits;
    private final PasswordPolicy passwords;
    private final Words words;

    RegistrationController(MemberRegistration registration, MemberRateLimits limits, PasswordPolicy passwords,
                           Words words) {
        this.registration = registration;
        this.words = words;
        this.limits = limits;
        this.passwords = passwords;
    }

    @GetMapping("/register")
    String form(Model model) {
        return page(model, RegistrationForm.empty(), FieldErrors.NONE);
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult binding, Model model,
                    HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(model, form, FieldErrors.of(binding, words));
        }
        var verdict = limits.mailRequest(form.email(), request.getRemoteAddr());
        if (!verdict.allowed()) {
            return TooManyAttempts.page(model, response, verdict, words);
        }
        registration.register(new Members.Registration(form.email(), form.displayName(), form.password(),
                form.consents()));
        redirect.addFlashAttribute("email", form.email().strip());
        return "redirect:/register/check-inbox";
    }

    @GetMapping("/register/check-inbox")
    String checkInbox(Model model) {
        model.addAttribute("meta", PageMeta.unlisted(words.get("check-inbox.title")));
        return "member/check-inbox";
    }

    private String page(Model model, RegistrationForm form, FieldErrors errors) {
        model.addAttribute("meta", PageMeta.unlisted(words.get("register.title")));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("minPasswordLength", passwords.minLength());
        return "member/register";
    }
}
