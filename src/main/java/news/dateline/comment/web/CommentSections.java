package news.dateline.comment.web;

import java.util.Collection;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import news.dateline.article.Article;
import news.dateline.article.ArticleComments;
import news.dateline.comment.CommentSort;
import news.dateline.comment.Comments;
import news.dateline.member.SignedInMember;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The comment feature's side of {@link ArticleComments}: renders the section (template {@code comment/section})
 * for the article page, and gives lists their comment counts.
 */
@Component
class CommentSections implements ArticleComments {

    /** The flash attribute a plain (non-htmx) comment action leaves for the article page it redirects to. */
    static final String NOTICE = "commentNotice";

    private final CommentSectionViews views;
    private final Comments comments;
    private final TemplateEngine templates;

    CommentSections(CommentSectionViews views, Comments comments, TemplateEngine templates) {
        this.views = views;
        this.comments = comments;
        this.templates = templates;
    }

    @Override
    public String sectionHtml(Article article, SignedInMember member, HttpServletRequest request) {
        // only members get forms: asking an anonymous reader's token would start a session for nothing
        CsrfToken csrf = member == null ? null : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        Object notice = flash == null ? null : flash.get(NOTICE);
        SectionView view = views.section(article, member, CommentSort.fromParam(request.getParameter("sort")), null,
                csrf, notice == null ? Feedback.NONE : Feedback.notice(notice.toString()));
        StringOutput out = new StringOutput();
        templates.render("comment/section.jte", Map.of("section", view), out);
        return out.toString();
    }

    @Override
    public Map<Long, Integer> counts(Collection<Long> articleIds) {
        return comments.counts(articleIds);
    }
}
