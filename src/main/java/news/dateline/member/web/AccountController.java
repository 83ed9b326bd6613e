package news.dateline.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.member.AccountPanel;
import news.dateline.member.MemberAccounts;
import news.dateline.member.MemberDataExport;
import news.dateline.member.PasswordPolicy;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member's account page ({@code /account}, signed-in only): profile, email, password, marketing consent,
 * links to saved stories, subscription and newsletters; data export and deletion.
 */
@Controller
class AccountController {

    private final MemberAccounts accounts;
    private final SessionSignIn sessions;
    private final Words words;
    private final ObjectProvider<AccountPanel> panels;
    private final PasswordPolicy passwords;

    AccountController(MemberAccounts accounts, SessionSignIn sessions, Words words,
                      ObjectProvider<AccountPanel> panels, PasswordPolicy passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.panels = panels;
        this.sessions = sessions;
        this.words = words;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal SignedInMember member, Model model) {
        return page(member, model, null);
    }

    @PostMapping("/account/name")
    String changeName(@AuthenticationPrincipal SignedInMember member, @RequestParam(required = false) String displayName,
                      Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        String problem = Forms.nameProblem(words, displayName);
        if (problem != null) {
            return page(member, model, problem);
        }
        accounts.changeDisplayName(member.memberId(), displayName)
                .ifPresent(fresh -> sessions.refresh(fresh, request, response));
        return done(redirect, words.get("account.notice.name-changed"));
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal SignedInMember member,
                          @RequestParam(required = false) String currentPassword,
                          @RequestParam(required = false) String newPassword, HttpServletRequest request,
                          Model model, RedirectAttributes redirect) {
        String problem = passwords.problem(newPassword);
        if (problem != null) {
            return page(member, model, words.get("account.error.new-password", problem));
        }
        if (!accounts.changePassword(member.memberId(), currentPassword, newPassword, request.getSession().getId())) {
            return page(member, model, words.get("account.error.password-not-changed"));
        }
        return done(redirect, words.get("account.notice.password-changed"));
    }

    @PostMapping("/account/email")
    String changeEmail(@AuthenticationPrincipal SignedInMember member, @RequestParam(required = false) String newEmail,
                       @RequestParam(required = false) String password, Model model, RedirectAttributes redirect) {
        String problem = Forms.emailProblem(words, newEmail);
        if (problem != null) {
            return page(member, model, problem);
        }
        if (!accounts.requestEmailChange(member.memberId(), password, newEmail)) {
            return page(member, model, words.get("account.error.email-not-changed"));
        }
        return done(redirect, words.get("account.notice.email-link-sent", newEmail.strip()));
    }

    @PostMapping("/account/consent")
    String consent(@AuthenticationPrincipal SignedInMember member,
                   @RequestParam(defaultValue = "false") boolean marketingConsent, RedirectAttributes redirect) {
        accounts.setMarketingConsent(member.memberId(), marketingConsent, MemberAccounts.CONSENT_ON_ACCOUNT_PAGE);
        return done(redirect, marketingConsent ? words.get("account.notice.consent-given")
                : words.get("account.notice.consent-withdrawn"));
    }

    @PostMapping("/account/verification")
    String resendVerification(@AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        accounts.resendVerification(member.memberId());
        return done(redirect, words.get("account.notice.confirmation-sent", member.getUsername()));
    }

    @GetMapping("/account/export")
    ResponseEntity<MemberDataExport> export(@AuthenticationPrincipal SignedInMember member) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("dateline-account-" + member.memberId() + ".json").build().toString())
                .body(accounts.export(member.memberId()));
    }

    @GetMapping("/account/delete")
    String deletePage(@AuthenticationPrincipal SignedInMember member, Model model) {
        return deletePage(member, model, null);
    }

    @PostMapping("/account/delete")
    String delete(@AuthenticationPrincipal SignedInMember member, @RequestParam(required = false) String password,
                  Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!accounts.requestDeletion(member.memberId(), password)) {
            return deletePage(member, model, words.get("delete.error.password"));
        }
        sessions.signOut(request, response);
        return "redirect:/signin?deleted";
    }

    @PostMapping("/account/delete/cancel")
    String cancelDeletion(@AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        accounts.cancelDeletion(member.memberId());
        return done(redirect, words.get("account.notice.deletion-cancelled"));
    }

    private String deletePage(SignedInMember member, Model model, String error) {
        AccountView view = view(member);
        model.addAttribute("meta", PageMeta.unlisted(words.get("delete.title")));
        model.addAttribute("account", view);
        model.addAttribute("error", error);
        model.addAttribute("graceWords", words.duration(accounts.deletionGrace()));
        return "member/delete";
    }

    private String page(SignedInMember member, Model model, String error) {
        model.addAttribute("meta", PageMeta.unlisted(words.get("account.title")));
        model.addAttribute("account", view(member));
        model.addAttribute("error", error);
        model.addAttribute("minPasswordLength", passwords.minLength());
        model.addAttribute("panels", panels.orderedStream()
                .flatMap(panel -> panel.contentFor(member.memberId()).stream()).toList());
        return "member/account";
    }

    private AccountView view(SignedInMember member) {
        return accounts.account(member.memberId()).map(a -> AccountView.of(a, words))
                .orElseThrow(() -> new NotFoundException("account " + member.memberId()));
    }

    private static String done(RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/account";
    }
}
