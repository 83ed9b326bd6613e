package news.dateline.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.member.AccountDeletion;
import news.dateline.member.AccountExport;
import news.dateline.member.Members;
import news.dateline.member.MemberDataExport;
import news.dateline.member.SignedInMember;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
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

/** A member's own data: the JSON download, asking for the account's deletion and cancelling it. */
@Controller
class AccountDeletionController {

    private final AccountDeletion deletion;
    private final AccountExport export;
    private final Members accounts;
    private final SessionSignIn sessions;
    private final Words words;

    AccountDeletionController(AccountDeletion deletion, AccountExport export, Members accounts,
                              SessionSignIn sessions, Words words) {
        this.deletion = deletion;
        this.export = export;
        this.accounts = accounts;
        this.sessions = sessions;
        this.words = words;
    }

    @GetMapping("/account/export")
    ResponseEntity<MemberDataExport> export(@AuthenticationPrincipal SignedInMember member) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("dateline-account-" + member.memberId() + ".json").build().toString())
                .body(export.of(member.memberId()));
    }

    @GetMapping("/account/delete")
    String deletePage(@AuthenticationPrincipal SignedInMember member, Model model) {
        return deletePage(member, model, null);
    }

    @PostMapping("/account/delete")
    String delete(@AuthenticationPrincipal SignedInMember member, @RequestParam(required = false) String password,
                  Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!deletion.request(member.memberId(), password)) {
            return deletePage(member, model, words.get("delete.error.password"));
        }
        sessions.signOut(request, response);
        return "redirect:/signin?deleted";
    }

    @PostMapping("/account/delete/cancel")
    String cancelDeletion(@AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        deletion.cancel(member.memberId());
        redirect.addFlashAttribute("notice", words.get("account.notice.deletion-cancelled"));
        return "redirect:/account";
    }

    private String deletePage(SignedInMember member, Model model, String error) {
        model.addAttribute("meta", PageMeta.unlisted(words.get("delete.title")));
        model.addAttribute("account", AccountView.of(accounts, member, words));
        model.addAttribute("error", error);
        model.addAttribute("graceWords", words.duration(deletion.grace()));
        return "member/delete";
    }
}
