package news.dateline.article.correction.web;

import news.dateline.article.InvalidArticleException;
import news.dateline.article.correction.CorrectionKind;
import news.dateline.article.correction.Corrections;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors add corrections and clarifications to published articles, and withdraw them with a reason. */
@Controller
class CorrectionAdminController {

    private final Corrections corrections;

    CorrectionAdminController(Corrections corrections) {
        this.corrections = corrections;
    }

    @PostMapping("/admin/articles/{id}/corrections")
    String add(@PathVariable long id, @RequestParam(required = false) CorrectionKind kind,
               @RequestParam(defaultValue = "") String text, @AuthenticationPrincipal SignedInMember editor,
               RedirectAttributes redirect) {
        try {
            corrections.add(id, kind, text, editor.memberId());
            redirect.addFlashAttribute("notice", (kind == null ? "Note" : kind.label())
                    + " published at the foot of the article; its Updated time has moved.");
        } catch (InvalidArticleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/articles/" + id;
    }

    @PostMapping("/admin/articles/{id}/corrections/{correctionId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long correctionId, @RequestParam(defaultValue = "") String reason,
                    @AuthenticationPrincipal SignedInMember editor, RedirectAttributes redirect) {
        try {
            // the address names the article too: a note is only withdrawn from the page it was added to
            corrections.find(correctionId).filter(c -> c.articleId() == id)
                    .orElseThrow(() -> new NotFoundException("correction " + correctionId + " of article " + id));
            corrections.withdraw(correctionId, reason, editor.memberId());
            redirect.addFlashAttribute("notice", "Withdrawn: readers no longer see the note; the withdrawal is logged.");
        } catch (InvalidArticleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin/articles/" + id;
    }
}
