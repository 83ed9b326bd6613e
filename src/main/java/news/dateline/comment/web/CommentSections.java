package news.dateline.comment.web;

import java.security.SecureRandom;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import news.dateline.article.Article;
import news.dateline.article.ArticleComments;
import news.dateline.comment.CommentSort;
import news.dateline.comment.Comments;
import news.dateline.comment.ThreadPage;
import news.dateline.member.SignedInMember;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * The comment feature's side of {@link ArticleComments}: renders the section (template {@code comment/section})
 * for the article page, and gives lists their comment counts.
 * <p>
 * Most readers of an article see the same section: anonymous readers all of them, and members who neither wrote nor
 * like a comment on its first page the same as every other member of their kind (verified or not, staff or not),
 * but for the CSRF token in the forms. Rendering forty comments with their forms was the largest part of the page's
 * own work (JFR, bench/RESULTS.md), so each node renders such a section once per page of threads and kind, with a
 * placeholder where the token goes, and splices each reader's token in. The page of threads is the node's shared
 * copy ({@link Comments#threads}), replaced whenever a comment, a like or a moderation changes it on any node (the
 * ChangeFeed): keyed by that very object, a rendering can never outlive the comments it shows.
 */
@Component
class CommentSections implements ArticleComments {

    /** The flash attribute a plain (non-htmx) comment action leaves for the article page it redirects to. */
    static final String NOTICE = "commentNotice";

    /**
     * Where the reader's token goes: letters and digits only, so escaping leaves it as it is, and new on every start,
     * so no comment can hold it.
     */
    private static final String TOKEN_PLACEHOLDER = "dlToken" + Long.toHexString(new SecureRandom().nextLong());

    private final CommentSectionViews views;
    private final Comments comments;
    private final TemplateEngine templates;
    // weak keys compare by identity: a replaced page of threads takes its renderings with it
    private final Cache<ThreadPage, Map<Key, Rendered>> rendered = Caffeine.newBuilder()
            .weakKeys().maximumSize(5_000).build();

    private final AtomicLong versions = new AtomicLong();

    CommentSections(CommentSectionViews views, Comments comments, TemplateEngine templates) {
        this.views = views;
        this.comments = comments;
        this.templates = templates;
    }

    private record Key(CommentSort sort, CommentSectionViews.SectionKind kind) {
    }

    /** A section's HTML cut where the token goes, numbered in the order this node rendered them. */
    private record Rendered(String[] parts, long version) {
        String with(String token) {
            if (parts.length == 1) {
                return parts[0];
            }
            StringBuilder html = new StringBuilder(parts.length * token.length() + parts[0].length() * parts.length);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    html.append(token);
                }
                html.append(parts[i]);
            }
            return html.toString();
        }
    }

    @Override
    public String sectionHtml(Article article, SignedInMember member, HttpServletRequest request) {
        // only members get forms: asking an anonymous reader's token would start a session for nothing
        CsrfToken csrf = member == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Section section = section(article, member, request, csrf == null ? "" : HtmlUtils.htmlEscape(csrf.getToken()));
        return section.html().get();
    }

    @Override
    public Section section(Article article, SignedInMember member, HttpServletRequest request, String tokenStandIn) {
        CsrfToken csrf = member == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        Object notice = flash == null ? null : flash.get(NOTICE);
        CommentSort sort = CommentSort.fromParam(request.getParameter("sort"));
        ThreadPage page = views.firstPage(article, member, sort);
        if (notice != null || CommentSectionViews.personal(page, member)) {
            // rendered only when asked: the article page's fast lane sees it is personal and leaves it to the controller
            return new Section(SingletonSupplier.of(() -> render(views.sectionOf(article, member, sort, page, csrf,
                    notice == null ? Feedback.NONE : Feedback.notice(notice.toString())))), -1);
        }
        Key key = new Key(sort, views.kind(article, member, csrf));
        Rendered shared = rendered.get(page, p -> new ConcurrentHashMap<>()).computeIfAbsent(key, k -> {
            CsrfToken placeholder = csrf == null ? null
                    : new DefaultCsrfToken(csrf.getHeaderName(), csrf.getParameterName(), TOKEN_PLACEHOLDER);
            String html = render(views.sectionOf(article, member, sort, page, placeholder, Feedback.NONE));
            return new Rendered(html.split(TOKEN_PLACEHOLDER, -1), versions.incrementAndGet());
        });
        return new Section(() -> shared.with(tokenStandIn), shared.version());
    }

    private String render(SectionView view) {
        StringOutput out = new StringOutput();
        templates.render("comment/section.jte", Map.of("section", view), out);
        return out.toString();
    }

    @Override
    public Map<Long, Integer> counts(Collection<Long> articleIds) {
        return comments.counts(articleIds);
    }
}
