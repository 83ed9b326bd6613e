package news.dateline.article.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.Article;
import news.dateline.article.ArticleComments;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleVersion;
import news.dateline.article.LiveCoverage;
import news.dateline.article.MostReadLists;
import news.dateline.article.ReadingVerdict;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import news.dateline.site.PageCaching;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The reader's article page at {@code /{section}/{slug}/article{id}}. The id decides; a stale slug or section
 * (the slug was changed, or the article moved) answers 301 to the canonical address. The {@link ReadingGate}
 * (the access feature) decides how much of the text this reader gets; the rest is never sent. The comment
 * section comes from {@link ArticleComments} (the comment feature) on every request. Most pages are written from
 * this node's rendering of the reader's variant ({@link ReaderArticlePages}), usually before Spring MVC is reached
 * ({@link ArticlePageFastLane}); this controller answers the rest: redirects, missing articles, a comment section of
 * the reader's own, a notice after a post.
 */
@Controller
class ArticlePageController {

    private final ArticleQueries articles;
    private final ArticleViews views;
    private final ArticleComments comments;
    private final ReaderArticlePages pages;

    ArticlePageController(ArticleQueries articles, ArticleViews views, ArticleComments comments,
                          ReaderArticlePages pages) {
        this.articles = articles;
        this.views = views;
        this.comments = comments;
        this.pages = pages;
    }

    @GetMapping("/{section:[a-z0-9-]+}/{slug}/article{id:\\d+}")
    Object show(@PathVariable String section, @PathVariable String slug, @PathVariable long id,
                @AuthenticationPrincipal SignedInMember member, HttpServletRequest request,
                HttpServletResponse response, Model model) throws IOException {
        if (pages.answer(section, slug, id, member, model.getAttribute("chrome"), request, response)) {
            return null;
        }
        ArticleVersion version = articles.publishedVersion(id).orElseThrow(() -> new NotFoundException("article " + id));
        if (!version.sectionSlug().equals(section) || !version.slug().equals(slug)) {
            RedirectView redirect = new RedirectView(version.path());
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            if (member == null) {
                PageCaching.briefly(response);
            }
            return redirect;
        }
        PublishedPage page = views.publishedPage(version);
        Article article = page.article();
        ReadingVerdict verdict = pages.admit(article, member, request, response);
        pages.cachingHeaders(article, member, response);
        // per reader (own held comments, likes, the form, a notice), so rendered here and never kept
        ArticleComments.Section thread = comments.section(article, member, request, "");
        LiveCoverage.Coverage coverage = pages.coverage(id);
        MostReadLists.MostRead popular = pages.mostReadUnder(version);
        if (pages.notModified(version, thread, coverage, popular, article, member, request, response)) {
            return null; // 304: the reader (or the CDN) has this very page
        }
        String commentsHtml = thread.shared() ? comments.sectionHtml(article, member, request) : thread.html().get();
        ArticleView view = pages.view(page, verdict.granted(), ArticleViews.access(article, verdict),
                pages.saved(member, id), commentsHtml, coverage, popular);
        model.addAttribute("article", view);
        model.addAttribute("meta", view.meta());
        return "article/article";
    }
}
