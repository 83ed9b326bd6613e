package news.dateline.article.web;

import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleVersion;
import news.dateline.site.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The reader's article page at {@code /{section}/{slug}/article{id}}. The id decides; a stale slug or section
 * (the slug was changed, or the article moved) answers 301 to the canonical address.
 */
@Controller
class ArticlePageController {

    private final ArticleQueries articles;
    private final ArticleViews views;

    ArticlePageController(ArticleQueries articles, ArticleViews views) {
        this.articles = articles;
        this.views = views;
    }

    @GetMapping("/{section:[a-z0-9-]+}/{slug}/article{id:\\d+}")
    Object show(@PathVariable String section, @PathVariable String slug, @PathVariable long id, Model model) {
        ArticleVersion version = articles.publishedVersion(id).orElseThrow(() -> new NotFoundException("article " + id));
        if (!version.sectionSlug().equals(section) || !version.slug().equals(slug)) {
            RedirectView redirect = new RedirectView(version.path());
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            return redirect;
        }
        ArticleView view = views.publishedPage(version);
        model.addAttribute("article", view);
        model.addAttribute("meta", view.meta());
        return "article/article";
    }
}
