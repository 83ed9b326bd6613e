package news.dateline.article.web;

import news.dateline.article.ArticleBodyRenderer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor's live preview: the body as readers will see it, rendered (and sanitized) from the unsaved Markdown
 * while the editor types. A POST, as the text may be long; it stores nothing.
 */
@Controller
class BodyPreviewController {

    private static final int MAX_LENGTH = 200_000;

    private final ArticleBodyRenderer renderer;

    BodyPreviewController(ArticleBodyRenderer renderer) {
        this.renderer = renderer;
    }

    @PostMapping("/admin/articles/body-preview")
    String preview(@RequestParam(defaultValue = "") String body, Model model) {
        model.addAttribute("html", body.length() > MAX_LENGTH
                ? "<p>The body is too long to preview (" + body.length() + " characters).</p>" : renderer.toHtml(body));
        return "admin/article/body-preview";
    }
}
