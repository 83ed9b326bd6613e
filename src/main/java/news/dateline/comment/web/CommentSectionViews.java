package news.dateline.comment.web;

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
import news.dateline.comment.CommentPreferences;
import news.dateline.comment.Comments;
import news.dateline.comment.ThreadPage;
import news.dateline.comment.community.CommunityGuidelines;
import news.dateline.member.SignedInMember;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link SectionView} of an article's comments for one reader. The guidelines above the box are the
 * newsroom's ({@link CommunityGuidelines}: Markdown, rendered with any HTML in it escaped).
 */
@Component
class CommentSectionViews {

    /** Spring Security's name for the CSRF form field, which live comments' forms carry (the page fills the value). */
    static final String CSRF_PARAMETER = "_csrf";

    private final Comments comments;
    private final CommentPreferences preferences;
    private final DateLineFormat format;
    private final CommunityGuidelines guidelines;
    private final Words words;

    CommentSectionViews(Comments comments, CommentPreferences preferences, CommunityGuidelines guidelines,
                        SiteProperties site, Words words) {
        this.comments = comments;
        this.words = words;
        this.preferences = preferences;
        this.guidelines = guidelines;
        this.format = DateLineFormat.forReaders(words, site.zoneLabel());
    }

    SectionView section(Article article, SignedInMember member, CommentSort sort, String after, CsrfToken csrf,
                        Feedback feedback) {
        Long viewer = member == null ? null : member.memberId();
        return sectionOf(article, member, sort, comments.threads(article.id(), viewer, sort, after), csrf, feedback);
    }

    /** The first page of threads this reader sees ({@link Comments#threads}, often the node's shared copy). */
    ThreadPage firstPage(Article article, SignedInMember member, CommentSort sort) {
        return comments.threads(article.id(), member == null ? null : member.memberId(), sort, null);
    }

    /**
     * Whether the reader's view of the page differs from any other reader's of the same kind: they wrote one of
     * its comments (their own get edit and delete, no like or report) or like one of them.
     */
    static boolean personal(ThreadPage page, SignedInMember member) {
        if (member == null) {
            return false;
        }
        if (!page.liked().isEmpty()) {
            return true;
        }
        long viewer = member.memberId();
        return page.threads().stream().anyMatch(c -> c.writtenBy(viewer))
                || page.replies().values().stream().flatMap(List::stream).anyMatch(c -> c.writtenBy(viewer));
    }

    /**
     * What else decides a section that is not {@link #personal}: with the page of threads itself, the whole of its
     * HTML but the CSRF token.
     */
    SectionKind kind(Article article, SignedInMember member, CsrfToken csrf) {
        boolean verified = member != null && comments.emailVerifiedAsShown(member.memberId());
        return new SectionKind(article.id(), article.path(), comments.closed(article), member != null, verified,
                staff(member), comments.publishedCount(article.id()), guidelines.html(),
                verified && preferences.notifyReplies(member.memberId()),
                member != null && csrf != null ? csrf.getParameterName() : null);
    }

    record SectionKind(long articleId, String articlePath, boolean closed, boolean signedIn, boolean verified,
                       boolean staff, int count, String guidelinesHtml, boolean notifyReplies, String csrfName) {
    }

    private static boolean staff(SignedInMember member) {
        return member != null && member.isStaff();
    }

    SectionView sectionOf(Article article, SignedInMember member, CommentSort sort, ThreadPage page, CsrfToken csrf,
                          Feedback feedback) {
        Long viewer = member == null ? null : member.memberId();
        boolean verified = member != null && comments.emailVerifiedAsShown(member.memberId());
        boolean staff = staff(member);
        List<CommentView> threads = page.threads().stream()
                .map(t -> view(t, viewer, page.liked(), page.replies().getOrDefault(t.id(), List.of()))).toList();
        String base = "/articles/" + article.id() + "/comments";
        String more = page.nextCursor() == null ? null
                : "?sort=" + sort.param() + "&after=" + URLEncoder.encode(page.nextCursor(), StandardCharsets.UTF_8);
        List<SectionView.SortLink> sorts = Arrays.stream(CommentSort.values())
                .map(s -> new SectionView.SortLink(sortLabel(s), article.path() + "?sort=" + s.param() + "#comments",
                        base + "/section?sort=" + s.param(), s == sort)).toList();
        boolean forms = member != null && csrf != null;
        return new SectionView(article.id(), article.path(), sort, sorts, guidelines.html(), comments.closed(article),
                member != null, verified, staff,
                comments.publishedCount(article.id()), threads,
                more == null ? null : base + more, more == null ? null : base + "/more" + more,
                forms ? csrf.getParameterName() : null, forms ? csrf.getToken() : null,
                feedback.notice(), feedback.error(), feedback.errorFor(), feedback.draft(),
                base + "/signin", comments.properties().maxLength(),
                verified && preferences.notifyReplies(member.memberId()), words);
    }

    /**
     * The section as every reader of one kind sees it, without a page of threads, for rendering single comments to
     * the live stream: a signed-in verified member's ({@code member}: forms, with an empty CSRF token the page fills
     * in) or anyone else's (no forms). Nobody's own: no comment is theirs or liked by them.
     */
    SectionView liveSection(Article article, boolean member) {
        boolean closed = comments.closed(article);
        return new SectionView(article.id(), article.path(), CommentSort.NEWEST, List.of(), "", closed, member, member,
                false, 0, List.of(), null, null, member ? CSRF_PARAMETER : null, member ? "" : null, null, null, null,
                null, null, comments.properties().maxLength(), false, words);
    }

    /** One comment as a reader who neither wrote nor liked it sees it. */
    CommentView liveView(Comment comment) {
        return view(comment, null, Set.of(), List.of());
    }

    private String sortLabel(CommentSort sort) {
        return switch (sort) {
            case NEWEST -> words.get("comment.sort.newest");
            case OLDEST -> words.get("comment.sort.oldest");
            case MOST_LIKED -> words.get("comment.sort.liked");
        };
    }

    private CommentView view(Comment c, Long viewer, Set<Long> liked, List<Comment> replies) {
        boolean mine = viewer != null && c.writtenBy(viewer);
        boolean deleted = c.status() == CommentStatus.DELETED;
        return new CommentView(c.id(), c.authorName(), deleted ? "" : CommentText.toHtml(c.body()),
                deleted ? "" : c.body(), format.dateTime(c.createdAt()), c.createdAt().toString(), c.likes(),
                liked.contains(c.id()), c.status() == CommentStatus.HELD, deleted, c.editedAt() != null, mine,
                viewer != null && comments.editable(c, viewer), c.featured(), c.depth(),
                replies.stream().map(r -> view(r, viewer, liked, List.of())).toList(), c.imported());
    }

}
