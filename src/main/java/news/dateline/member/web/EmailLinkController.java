package news.dateline.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.member.MemberAccounts;
import news.dateline.member.MemberAccounts.LinkPurpose;
import news.dateline.member.SignedInMember;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The links that confirm an address: a new member's, and a changed one. Each asks for a click first. */
@Controller
class EmailLinkController {

    private final MemberAccounts accounts;
    private final SessionSignIn sessions;

    EmailLinkController(MemberAccounts accounts, SessionSignIn sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @GetMapping("/verify-email")
    String verifyPage(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return ConfirmLinkPage.show(model, response, accounts.linkUsable(LinkPurpose.VERIFY_EMAIL, token),
                new ConfirmLinkPage("Confirm your email", "Press the button to confirm your email address and sign in.",
                        "/verify-email", token, "Confirm my email",
                        "This confirmation link has been used or has expired. Sign in and ask for a new one on your account page."));
    }

    @PostMapping("/verify-email")
    String verify(@RequestParam(required = false) String token, Model model, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return accounts.verifyEmail(token).map(member -> {
            redirect.addFlashAttribute("notice", "Thank you: your email is confirmed.");
            return "redirect:" + sessions.signIn(member, "/account", request, response);
        }).orElseGet(() -> verifyPage(token, model, response));
    }

    @GetMapping("/confirm-email")
    String confirmPage(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return ConfirmLinkPage.show(model, response, accounts.linkUsable(LinkPurpose.CHANGE_EMAIL, token),
                new ConfirmLinkPage("Confirm your new email", "Press the button to use this address for your account.",
                        "/confirm-email", token, "Use this address",
                        "This link has been used or has expired. Ask again on your account page."));
    }

    @PostMapping("/confirm-email")
    String confirm(@RequestParam(required = false) String token, @AuthenticationPrincipal SignedInMember member,
                   Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        switch (accounts.confirmEmailChange(token)) {
            case LINK_INVALID -> {
                return confirmPage(token, model, response);
            }
            case TAKEN -> redirect.addFlashAttribute("notice",
                    "That address belongs to another account now, so your email was not changed.");
            case CHANGED -> redirect.addFlashAttribute("notice", "Your email address is changed.");
        }
        if (member != null) {
            accounts.principal(member.memberId()).ifPresent(fresh -> sessions.refresh(fresh, request, response));
            return "redirect:/account";
        }
        return "redirect:/signin";
    }
}
