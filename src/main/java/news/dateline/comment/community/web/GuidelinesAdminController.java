package news.dateline.comment.community.web;

import java.util.List;
import java.util.Optional;

import news.dateline.article.DateLineFormat;
import news.dateline.comment.community.CommunityGuidelines;
import news.dateline.comment.community.GuidelineVersion;
import news.dateline.member.SignedInMember;
import news.dateline.site.SiteProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The community desk edits the guidelines ({@code /admin/community/guidelines}): the Markdown in a box, a preview
 * (a plain form post, so it works without JavaScript), save, and the saved versions with who and when.
 */
@Controller
class GuidelinesAdminController {

    private static final int VERSIONS_SHOWN = 20;

    private final CommunityGuidelines guidelines;
    private final DateLineFormat format;

    GuidelinesAdminController(CommunityGuidelines guidelines, SiteProperties site) {
        this.guidelines = guidelines;
        this.format = new DateLineFormat(site.zone(), site.zoneLabel());
    }

    @GetMapping(GuidelinesEditorView.ACTION)
    String edit(Model model) {
        return page(model, guidelines.markdown(), false, null);
    }

    @PostMapping(GuidelinesEditorView.PREVIEW_ACTION)
    String preview(@RequestParam(defaultValue = "") String markdown, Model model) {
        return page(model, markdown, true, null);
    }

    @PostMapping(GuidelinesEditorView.ACTION)
    String save(@RequestParam(defaultValue = "") String markdown, @AuthenticationPrincipal SignedInMember editor,
                Model model, RedirectAttributes redirect) {
        Optional<String> problem = guidelines.save(markdown, editor.memberId());
        if (problem.isPresent()) {
            return page(model, markdown, true, problem.get());
        }
        redirect.addFlashAttribute("notice", "Saved. Readers now see these guidelines above every comment box and on "
                + GuidelinesEditorView.PUBLIC_PAGE + ".");
        return "redirect:" + GuidelinesEditorView.ACTION;
    }

    private String page(Model model, String markdown, boolean previewing, String error) {
        List<GuidelineVersion> saved = guidelines.history(VERSIONS_SHOWN);
        List<GuidelinesEditorView.Version> history = saved.stream().map(v -> new GuidelinesEditorView.Version(
                v.savedBy(), format.dateTime(v.savedAt()), v.savedAt().toString(), v.markdown(),
                v == saved.getFirst())).toList();
        model.addAttribute("title", "Community guidelines");
        model.addAttribute("editor", new GuidelinesEditorView(markdown, guidelines.preview(markdown), previewing,
                saved.isEmpty(), history, (String) model.getAttribute("notice"), error));
        return "admin/comment/guidelines";
    }
}
