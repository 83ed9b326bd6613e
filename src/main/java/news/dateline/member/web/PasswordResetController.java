package news.dateline.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import news.dateline.member.MemberRateLimits;
import news.dateline.member.PasswordPolicy;
import news.dateline.member.PasswordReset;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgot password: ask for a link (the same answer for any address), then choose a new password with it. */
@Controller
class PasswordResetController {

    private final PasswordReset resets;
    private final MemberRateLimits limits;
    private final PasswordPolicy passwords;
    private final Words words;

    PasswordResetController(PasswordReset resets, MemberRateLimits limits, PasswordPolicy passwords,
                            Words words) {
        this.resets = resets;
        this.words = words;
        this.limits = limits;
        this.passwords = passwords;
    }

    @GetMapping("/password/forgot")
    String forgot(Model model) {
        return forgotPage(model, "", null, false);
    }

    @PostMapping("/password/forgot")
    String sendLink(@RequestParam(required = false) String email, Model model, HttpServletRequest request,
                    HttpServletResponse response, RedirectAttributes redirect) {
        String problem = Forms.emailProblem(words, email);
        if (problem != null) {
            return forgotPage(model, email, problem, false);
        }
        var verdict = limits.mailRequest(email, request.getRemoteAddr());
        if (!verdict.allowed()) {
            return TooManyAttempts.page(model, response, verdict, words);
        }
        resets.sendLink(email);
        redirect.addFlashAttribute("sent", true);
        return "redirect:/password/forgot/sent";
    }

    @GetMapping("/password/forgot/sent")
    String sent(Model model) {
        return forgotPage(model, "", null, true);
    }

    @GetMapping("/password/reset")
    String resetPage(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return resetPage(model, response, token, FieldErrors.NONE);
    }

    @PostMapping("/password/reset")
    String reset(@Valid @ModelAttribute PasswordResetForm form, BindingResult binding, Model model,
                 HttpServletResponse response) {
        if (binding.hasErrors()) {
            return resetPage(model, response, form.token(), FieldErrors.of(binding, words));
        }
        if (!resets.reset(form.token(), form.password())) {
            return resetPage(model, response, form.token(), FieldErrors.NONE);
        }
        return "redirect:/signin?reset";
    }

    private String resetPage(Model model, HttpServletResponse response, String token, FieldErrors errors) {
        boolean usable = resets.linkUsable(token);
        if (!usable) {
            response.setStatus(410);
        }
        model.addAttribute("meta", PageMeta.unlisted(words.get("reset.title")));
        model.addAttribute("token", token == null ? "" : token);
        model.addAttribute("usable", usable);
        model.addAttribute("errors", errors);
        model.addAttribute("minPasswordLength", passwords.minLength());
        return "member/reset";
    }

    private String forgotPage(Model model, String email, String error, boolean sent) {
        model.addAttribute("meta", PageMeta.unlisted(words.get("forgot.title")));
        model.addAttribute("email", email == null ? "" : email);
        model.addAttribute("error", error);
        model.addAttribute("sent", sent);
        return "member/forgot";
    }
}
