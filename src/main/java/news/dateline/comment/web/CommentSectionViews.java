package news.dateline.comment.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import news.dateline.article.Article;
import news.dateline.article.DateLineFormat;
import news.dateline.comment.Comment;
import news.dateline.comment.CommentSort;
import news.dateline.comment.CommentStatus;
import news.dateline.comment.Comments;
import news.dateline.comment.ThreadPage;
import news.dateline.member.SignedInMember;
import news.dateline.site.SiteProperties;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link SectionView} of an article's comments for one reader. The guidelines above the box come from
 * {@code comment/guidelines.md} (Markdown, with any HTML in it escaped).
 */
@Component
class CommentSectionViews {

    private final Comments comments;
    private final DateLineFormat format;
    private final String guidelinesHtml;

    CommentSectionViews(Comments comments, SiteProperties site) {
        this.comments = comments;
        this.format = new DateLineFormat(site.zone(), site.zoneLabel());
        this.guidelinesHtml = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build()
                .render(Parser.builder().build().parse(read("comment/guidelines.md")));
    }

    SectionView section(Article article, SignedInMember member, CommentSort sort, String after, CsrfToken csrf,
                        Feedback feedback) {
        Long viewer = member == null ? null : member.memberId();
        ThreadPage page = comments.threads(article.id(), viewer, sort, after);
        boolean verified = member != null && comments.emailVerified(member.memberId());
        boolean staff = member != null && member.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_EDITOR") || a.getAuthority().equals("ROLE_ADMIN"));
        List<CommentView> threads = page.threads().stream()
                .map(t -> view(t, viewer, page.liked(), page.replies().getOrDefault(t.id(), List.of()))).toList();
        String base = "/articles/" + article.id() + "/comments";
        String more = page.nextCursor() == null ? null
                : "?sort=" + sort.param() + "&after=" + URLEncoder.encode(page.nextCursor(), StandardCharsets.UTF_8);
        List<SectionView.SortLink> sorts = Arrays.stream(CommentSort.values())
                .map(s -> new SectionView.SortLink(s.label(), article.path() + "?sort=" + s.param() + "#comments",
                        base + "/section?sort=" + s.param(), s == sort)).toList();
        boolean forms = member != null && csrf != null;
        return new SectionView(article.id(), article.path(), sort, sorts, guidelinesHtml, comments.closed(article),
                member != null, verified, staff,
                comments.counts(List.of(article.id())).getOrDefault(article.id(), 0), threads,
                more == null ? null : base + more, more == null ? null : base + "/more" + more,
                forms ? csrf.getParameterName() : null, forms ? csrf.getToken() : null,
                feedback.notice(), feedback.error(), feedback.errorFor(), feedback.draft(),
                base + "/signin", comments.properties().maxLength());
    }

    private CommentView view(Comment c, Long viewer, Set<Long> liked, List<Comment> replies) {
        boolean mine = viewer != null && c.writtenBy(viewer);
        boolean deleted = c.status() == CommentStatus.DELETED;
        return new CommentView(c.id(), c.authorName(), deleted ? "" : CommentText.toHtml(c.body()),
                deleted ? "" : c.body(), format.dateTime(c.createdAt()), c.createdAt().toString(), c.likes(),
                liked.contains(c.id()), c.status() == CommentStatus.HELD, deleted, c.editedAt() != null, mine,
                viewer != null && comments.editable(c, viewer), c.depth(),
                replies.stream().map(r -> view(r, viewer, liked, List.of())).toList(), c.imported());
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
