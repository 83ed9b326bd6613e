package news.dateline.article.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import news.dateline.article.AccessLevel;
import news.dateline.article.Article;
import news.dateline.article.ArticleComments;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleVersion;
import news.dateline.article.LiveCoverage;
import news.dateline.article.MostReadLists;
import news.dateline.article.ReaderPageViews;
import news.dateline.article.ReadingGate;
import news.dateline.article.ReadingListMarks;
import news.dateline.article.ReadingVerdict;
import news.dateline.article.SectionDirectory;
import news.dateline.member.SignedInMember;
import news.dateline.site.PageCaching;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A reader's article page written from this node's shared rendering of it ({@link SharedArticlePages}): what both
 * the fast lane ({@link ArticlePageFastLane}, before Spring MVC) and {@link ArticlePageController} do for the common
 * case. Nothing with a side effect (the meter's count) runs before it is sure it can answer, so a caller that gets
 * {@code false} renders the page the long way and counts the view exactly once.
 */
@Component
class ReaderArticlePages {

    private static final long STARTED = System.currentTimeMillis();
    // where SessionFlashMapManager keeps a redirect's messages (a posted comment's notice) until the next page shows them
    private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

    private final ArticleQueries articles;
    private final ArticleViews views;
    private final ReadingGate gate;
    private final ReadingListMarks marks;
    private final ArticleComments comments;
    private final SectionDirectory sections;
    private final SharedArticlePages shared;
    private final LiveCoverage live;
    private final ReaderPageViews pageViews;
    private final MostReadLists mostRead;

    ReaderArticlePages(ArticleQueries articles, ArticleViews views, ReadingGate gate, ReadingListMarks marks,
                       ArticleComments comments, SectionDirectory sections, SharedArticlePages shared,
                       LiveCoverage live, ReaderPageViews pageViews, MostReadLists mostRead) {
        this.live = live;
        this.pageViews = pageViews;
        this.mostRead = mostRead;
        this.articles = articles;
        this.views = views;
        this.gate = gate;
        this.marks = marks;
        this.comments = comments;
        this.sections = sections;
        this.shared = shared;
    }

    /**
     * Answers with the shared rendering (or a 304) when this reader's page is one: the article is published at
     * this very address, the comment section is the same for readers like them, and no one-off notice waits.
     *
     * @param chrome the page's frame for this reader ({@link news.dateline.article.PageFrame})
     * @return whether the response was written; if not, nothing was counted or written
     */
    boolean answer(String section, String slug, long id, SignedInMember member, Object chrome,
                   HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(section, slug, id, member, chrome, request, response, written -> { });
    }

    /**
     * As {@link #answer(String, String, long, SignedInMember, Object, HttpServletRequest, HttpServletResponse)}, for a
     * caller that has not had Spring Security write the page's security headers (the anonymous readers' early lane,
     * {@link news.dateline.article.AnonymousArticlePages}).
     *
     * @param securityHeaders writes them; called once the page is sure to be answered, before anything is written
     */
    boolean answer(String section, String slug, long id, SignedInMember member, Object chrome,
                   HttpServletRequest request, HttpServletResponse response,
                   Consumer<HttpServletResponse> securityHeaders) throws IOException {
        Optional<ArticleVersion> found = articles.publishedVersion(id);
        if (found.isEmpty() || chrome == null || noticeWaits(request)) {
            return false;
        }
        ArticleVersion version = found.get();
        if (!version.sectionSlug().equals(section) || !version.slug().equals(slug)) {
            return false;
        }
        PublishedPage page = views.publishedPage(version);
        Article article = page.article();
        ArticleComments.Section thread = comments.section(article, member, request, shared.tokenStandIn());
        if (!thread.shared()) {
            return false;
        }
        securityHeaders.accept(response);
        ReadingVerdict verdict = admit(article, member, request, response);
        cachingHeaders(article, member, response);
        LiveCoverage.Coverage coverage = live.on(id);
        MostReadLists.MostRead popular = mostReadUnder(version);
        ReaderAccess access = ArticleViews.access(article, verdict);
        boolean saved = saved(member, id);
        SharedArticlePages.Key key = shared.key(page, access, saved, chrome, thread.version(), coverage.version(),
                popular.version());
        SharedArticlePages.Spliced rendering = shared.rendering(key,
                () -> view(page, access.granted(), access, saved, thread.html().get(), coverage, popular), chrome,
                () -> anonymousPageTag(version, thread, coverage, popular));
        if (member == null && article.accessLevel() == AccessLevel.FREE
                && new ServletWebRequest(request, response).checkNotModified(rendering.tag())) {
            return true;
        }
        CsrfToken csrf = member == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        shared.write(rendering, member == null ? null : member.displayName(), csrf == null ? null : csrf.getToken(),
                response);
        return true;
    }

    /**
     * The reader's verdict from the {@link ReadingGate}, the view counted for the newsroom with it: the one place
     * both doors pass once per answered page, so a view is recorded exactly once whichever door answers.
     */
    ReadingVerdict admit(Article article, SignedInMember member, HttpServletRequest request,
                         HttpServletResponse response) {
        ReadingVerdict verdict = gate.admit(article, member, request, response);
        pageViews.articleViewed(article, member, verdict, request);
        return verdict;
    }

    /**
     * The most-read list under the story: its section's, from this node's memory. It changes a few times an hour at
     * most, so its version is part of the shared rendering's key and of the anonymous page's validator.
     */
    MostReadLists.MostRead mostReadUnder(ArticleVersion version) {
        return mostRead.mostRead(version.sectionSlug());
    }

    /** Cache-Control for the page: shared between anonymous readers of a free story, personal otherwise. */
    void cachingHeaders(Article article, SignedInMember member, HttpServletResponse response) {
        if (article.accessLevel() == AccessLevel.FREE) {
            PageCaching.sameForEveryAnonymousReader(response, member == null);
        } else {
            PageCaching.personal(response);
        }
    }

    /** The page as this reader sees it, live coverage and most read included: the one way both paths build it. */
    ArticleView view(PublishedPage page, boolean granted, ReaderAccess access, boolean saved, String commentsHtml,
                     LiveCoverage.Coverage coverage, MostReadLists.MostRead popular) {
        return views.withCoverage(views.forReader(page, granted, access, saved, commentsHtml), page.article(), granted,
                coverage).withMostRead(views.mostRead(popular, page.article().id()));
    }

    LiveCoverage.Coverage coverage(long articleId) {
        return live.on(articleId);
    }

    boolean saved(SignedInMember member, long id) {
        return member != null && !marks.savedAmong(member.memberId(), List.of(id)).isEmpty();
    }

    /** A 304 for an anonymous reader (or a CDN) who has this very free page already. */
    boolean notModified(ArticleVersion version, ArticleComments.Section thread, LiveCoverage.Coverage coverage,
                        MostReadLists.MostRead popular, Article article, SignedInMember member,
                        HttpServletRequest request, HttpServletResponse response) {
        return member == null && article.accessLevel() == AccessLevel.FREE && new ServletWebRequest(request, response)
                .checkNotModified(anonymousPageTag(version, thread, coverage, popular));
    }

    /** A redirect's message (a comment's "held for review") waits in the session for the next page to show. */
    private static boolean noticeWaits(HttpServletRequest request) {
        if (RequestContextUtils.getInputFlashMap(request) != null) {
            return true; // Spring MVC has taken it out of the session for this page
        }
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(FLASH_MAPS) instanceof List<?> maps && !maps.isEmpty();
    }

    /**
     * A validator of everything an anonymous reader's free article page is made from, known before it is rendered:
     * the article's version, the comment section's version, the live coverage's, the most-read list's, the sections
     * in the masthead, and this node's start (a deployment may change the templates). Weak: equal pages, not
     * necessarily equal bytes.
     */
    private String anonymousPageTag(ArticleVersion version, ArticleComments.Section section,
                                    LiveCoverage.Coverage coverage, MostReadLists.MostRead popular) {
        return "W/\"" + version.id() + "-" + version.modifiedAt().toEpochMilli()
                + "-" + (section.shared() ? "c" + section.version() : Integer.toHexString(section.html().get().hashCode()))
                + "-l" + coverage.version() + "-m" + Long.toHexString(popular.version())
                + "-" + Integer.toHexString(sections.all().hashCode()) + "-" + Long.toHexString(STARTED) + "\"";
    }
}
