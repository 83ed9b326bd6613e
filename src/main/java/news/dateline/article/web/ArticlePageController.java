package news.dateline.article.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.AccessLevel;
import news.dateline.article.Article;
import news.dateline.article.ArticleComments;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleVersion;
import news.dateline.article.ReadingGate;
import news.dateline.article.ReadingListMarks;
import news.dateline.article.ReadingVerdict;
import news.dateline.article.SectionDirectory;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import news.dateline.site.PageCaching;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The reader's article page at {@code /{section}/{slug}/article{id}}. The id decides; a stale slug or section
 * (the slug was changed, or the article moved) answers 301 to the canonical address. The {@link ReadingGate}
 * (the access feature) decides how much of the text this reader gets; the rest is never sent. The comment
 * section comes from {@link ArticleComments} (the comment feature) on every request. Most pages are written from
 * this node's rendering of the reader's variant ({@link SharedArticlePages}) with their name and token spliced in.
 */
@Controller
class ArticlePageController {

    private static final long STARTED = System.currentTimeMillis();

    private final ArticleQueries articles;
    private final ArticleViews views;
    private final ReadingGate gate;
    private final ReadingListMarks marks;
    private final ArticleComments comments;
    private final SectionDirectory sections;
    private final SharedArticlePages shared;

    ArticlePageController(ArticleQueries articles, ArticleViews views, ReadingGate gate, ReadingListMarks marks,
                          ArticleComments comments, SectionDirectory sections, SharedArticlePages shared) {
        this.shared = shared;
        this.comments = comments;
        this.sections = sections;
        this.articles = articles;
        this.views = views;
        this.gate = gate;
        this.marks = marks;
    }

    @GetMapping("/{section:[a-z0-9-]+}/{slug}/article{id:\\d+}")
    Object show(@PathVariable String section, @PathVariable String slug, @PathVariable long id,
                @AuthenticationPrincipal SignedInMember member, HttpServletRequest request,
                HttpServletResponse response, ServletWebRequest webRequest, Model model) throws IOException {
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
        ReadingVerdict verdict = gate.admit(article, member, request, response);
        if (article.accessLevel() == AccessLevel.FREE) {
            PageCaching.sameForEveryAnonymousReader(response, member == null);
        } else {
            PageCaching.personal(response);
        }
        boolean saved = member != null && !marks.savedAmong(member.memberId(), List.of(id)).isEmpty();
        // per reader (own held comments, likes, the form), so added here and never to the cached page
        ArticleComments.Section thread = comments.section(article, member, request, shared.tokenStandIn());
        if (member == null && article.accessLevel() == AccessLevel.FREE
                && webRequest.checkNotModified(anonymousPageTag(version, thread))) {
            return null; // 304: the reader (or the CDN) has this very page
        }
        ReaderAccess access = ArticleViews.access(article, verdict);
        Object chrome = model.getAttribute("chrome");
        if (thread.shared() && RequestContextUtils.getInputFlashMap(request) == null && chrome != null) {
            CsrfToken csrf = member == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            shared.write(shared.key(page, access, saved, chrome, thread.version()),
                    () -> views.forReader(page, access.granted(), access, saved, thread.html().get()), chrome,
                    member == null ? null : member.displayName(), csrf == null ? null : csrf.getToken(), response);
            return null;
        }
        String commentsHtml = thread.shared() ? comments.sectionHtml(article, member, request) : thread.html().get();
        ArticleView view = views.forReader(page, access.granted(), access, saved, commentsHtml);
        model.addAttribute("article", view);
        model.addAttribute("meta", view.meta());
        return "article/article";
    }

    /**
     * A validator of everything an anonymous reader's free article page is made from, known before it is rendered:
     * the article's version, the comment section's version, the sections in the masthead, and this node's start
     * (a deployment may change the templates). Weak: equal pages, not necessarily equal bytes.
     */
    private String anonymousPageTag(ArticleVersion version, ArticleComments.Section section) {
        return "W/\"" + version.id() + "-" + version.modifiedAt().toEpochMilli()
                + "-" + (section.shared() ? "c" + section.version() : Integer.toHexString(section.html().get().hashCode()))
                + "-" + Integer.toHexString(sections.all().hashCode()) + "-" + Long.toHexString(STARTED) + "\"";
    }
}
