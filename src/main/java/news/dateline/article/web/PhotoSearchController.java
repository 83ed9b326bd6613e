package news.dateline.article.web;

import news.dateline.media.PhotoLibrary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor's photo search: thumbnails of library photos matching the words typed, each with the Markdown
 * that puts it in the body ({@code static/js/editor.js} inserts it after the line the cursor is on). Newsroom staff only, like the
 * rest of {@code /admin/articles}; it stores nothing.
 */
@Controller
class PhotoSearchController {

    private static final int MAX_QUERY = 200;

    private final PhotoLibrary photos;

    PhotoSearchController(PhotoLibrary photos) {
        this.photos = photos;
    }

    @GetMapping("/admin/articles/photo-search")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("results", PhotoChoices.search(photos, q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q));
        return "admin/article/photo-results";
    }
}
