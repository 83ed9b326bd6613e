package news.dateline.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import news.dateline.member.AccountPanel;
import news.dateline.member.AccountSettings;
import news.dateline.member.Members;
import news.dateline.member.MemberRegistration;
import news.dateline.member.PasswordPolicy;
import news.dateline.member.SignedInMember;
import news.dateline.member.web.AccountForms.EmailForm;
import news.dateline.member.web.AccountForms.NameForm;
import news.dateline.member.web.AccountForms.PasswordForm;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's account page ({@code /account}, signed-in only): profile, email, password, marketing consent,
 * links to saved stories, subscription and newsletters. Data export and deletion are
 * {@link AccountDeletionController}'s.
 */
@Controller
class AccountController {

    private final AccountSettings settings;
    private final MemberRegistration registration;
    private final Members accounts;
    private final SessionSignIn sessions;
    private final Words words;
    private final ObjectProvider<AccountPanel> panels;
    private final PasswordPolicy passwords;

    AccountController(AccountSettings settings, MemberRegistration registration, Members accounts,
                      SessionSignIn sessions, Words words, ObjectProvider<AccountPanel> panels,
                      PasswordPolicy passwords) {
        this.settings = settings;
        this.registration = registration;
        this.accounts = accounts;
        this.passwords = passwords;
        this.panels = panels;
        this.sessions = sessions;
        this.words = words;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInMember member, Model model) {
        return page(member, model, FieldErrors.NONE);
    }

    @PostMapping("/account/name")
    String changeName(@AuthenticationPrincipal SignedInMember member, @Valid NameForm form, BindingResult binding,
                      Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(member, model, FieldErrors.of(binding, words));
        }
        settings.changeDisplayName(member.memberId(), form.displayName())
                .ifPresent(fresh -> sessions.refresh(fresh, request, response));
        return done(redirect, words.get("account.notice.name-changed"));
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal SignedInMember member, @Valid PasswordForm form,
                          BindingResult binding, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(member, model, FieldErrors.of(binding, words));
        }
        if (!settings.changePassword(member.memberId(), form.currentPassword(), form.newPassword(),
                request.getSession().getId())) {
            return page(member, model, FieldErrors.of("currentPassword", words.get("account.error.password-not-changed")));
        }
        return done(redirect, words.get("account.notice.password-changed"));
    }

    @PostMapping("/account/email")
    String changeEmail(@AuthenticationPrincipal SignedInMember member, @Valid EmailForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return page(member, model, FieldErrors.of(binding, words));
        }
        if (!settings.requestEmailChange(member.memberId(), form.password(), form.newEmail())) {
            return page(member, model, FieldErrors.of("password", words.get("account.error.email-not-changed")));
        }
        return done(redirect, words.get("account.notice.email-link-sent", form.newEmail().strip()));
    }

    @PostMapping("/account/consent")
    String consent(@AuthenticationPrincipal SignedInMember member,
                   @RequestParam(defaultValue = "false") boolean marketingConsent, RedirectAttributes redirect) {
        accounts.setMarketingConsent(member.memberId(), marketingConsent, Members.CONSENT_ON_ACCOUNT_PAGE);
        return done(redirect, marketingConsent ? words.get("account.notice.consent-given")
                : words.get("account.notice.consent-withdrawn"));
    }

    @PostMapping("/account/verification")
    String resendVerification(@AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        registration.resendVerification(member.memberId());
        return done(redirect, words.get("account.notice.confirmation-sent", member.getUsername()));
    }

    private String page(SignedInMember member, Model model, FieldErrors errors) {
        model.addAttribute("meta", PageMeta.unlisted(words.get("account.title")));
        model.addAttribute("account", view(member));
        model.addAttribute("errors", errors);
        model.addAttribute("minPasswordLength", passwords.minLength());
        model.addAttribute("panels", panels.orderedStream()
                .flatMap(panel -> panel.contentFor(member.memberId()).stream()).toList());
        return "member/account";
    }

    private AccountView view(SignedInMember member) {
        return AccountView.of(accounts, member, words);
    }

    private static String done(RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/account";
    }
}
