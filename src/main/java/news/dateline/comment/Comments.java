package news.dateline.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import news.dateline.article.Article;
import news.dateline.article.ArticleQueries;
import news.dateline.comment.check.CheckResult;
import news.dateline.comment.check.CommentChecks;
import news.dateline.comment.check.Decision;
import news.dateline.comment.check.Explanation;
import news.dateline.comment.check.Verdict;
import news.dateline.member.MemberAccounts;
import news.dateline.ratelimit.RateLimiter;
import news.dateline.site.AcceptedDates;
import news.dateline.site.NotFoundException;
import news.dateline.site.Words;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Members' comments under articles: post (checked against the community guidelines by {@link CommentChecks}),
 * reply, edit within the window, delete, like, report; editors close and reopen an article's comments, and
 * comments close by themselves once an article is old. Reading: one page of threads at a time (keyset
 * pagination), and comment counts for article lists.
 */
@Service
public class Comments {

    private final CommentRepository comments;
    private final CommentChecks checks;
    private final AuthorStandings standings;
    private final CommentNotifications notifications;
    private final CommentChanges changes;
    private final FirstPages firstPages;
    private final ArticleQueries articles;
    private final MemberAccounts accounts;
    private final RateLimiter limiter;
    private final CommentProperties properties;
    private final Clock clock;
    private final JsonMapper json;
    private final Words words;
    private final DateTimeFormatter suspensionEnd;

    Comments(CommentRepository comments, CommentChecks checks, AuthorStandings standings,
             CommentNotifications notifications, CommentChanges changes, FirstPages firstPages,
             ArticleQueries articles, MemberAccounts accounts, RateLimiter limiter, CommentProperties properties,
             Clock clock, JsonMapper json, Words words) {
        this.comments = comments;
        this.checks = checks;
        this.standings = standings;
        this.notifications = notifications;
        this.changes = changes;
        this.firstPages = firstPages;
        this.articles = articles;
        this.accounts = accounts;
        this.limiter = limiter;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
        this.words = words;
        // a suspension is set and told in UTC (the moderators' form takes UTC)
        this.suspensionEnd = DateTimeFormatter.ofPattern(words.get("format.date-time"), words.locale())
                .withZone(ZoneOffset.UTC);
    }

    public CommentProperties properties() {
        return properties;
    }

    /** Who writes: the member and the name shown with the comment. */
    public record Author(long memberId, String name) {
    }

    /**
     * Posts a comment on an article, or a reply to a comment ({@code parentId}).
     *
     * @throws NotFoundException when the article is not published or the parent is not a visible comment on it
     */
    @Transactional
    public PostResult post(Author author, long articleId, Long parentId, String rawText) {
        Article article = articles.published(articleId).orElseThrow(() -> new NotFoundException("article " + articleId));
        Comment parent = parentId == null ? null : comments.find(parentId)
                .filter(p -> p.articleId() == articleId && p.status() == CommentStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("comment " + parentId));
        String text = normalize(rawText);
        AuthorStanding standing = standings.of(author.memberId());
        String refusal = refusal(article, author.memberId(), standing, text);
        if (refusal != null) {
            return PostResult.refused(refusal);
        }
        RateLimiter.Decision rate = limiter.hit("comment:member:" + author.memberId(), properties.postLimit());
        if (!rate.allowed()) {
            return PostResult.refused(words.get("comment.refused.too-quick", inWords(rate.retryAfter())));
        }
        if (comments.lastAcceptedBy(author.memberId()).filter(last -> last.body().equals(text)).isPresent()) {
            return PostResult.refused(words.get("comment.refused.repeat"));
        }
        CheckResult result = checks.check(text);
        String holdReason = result.decision() == Decision.PUBLISH ? holdReason(author.memberId(), standing) : null;
        CommentStatus status = holdReason != null ? CommentStatus.HELD : statusFor(result.decision());
        Long rootId = parent == null ? null : (parent.rootId() == null ? parent.id() : parent.rootId());
        int depth = parent == null ? 0 : Math.min(parent.depth() + 1, 2);
        long id = comments.insert(new CommentRepository.NewComment(articleId, parentId, rootId, depth,
                author.memberId(), author.name(), text, status, result.decision().name(), verdictsJson(result),
                holdReason, clock.instant()));
        changes.articleChanged(articleId);
        if (parent != null && status == CommentStatus.PUBLISHED) {
            notifications.replyPublished(find(id), parent);
        }
        return result(holdReason != null ? new CheckResult(Decision.REVIEW, result.verdicts()) : result, id);
    }

    /**
     * Why a comment that passed the checks still waits for a moderator, or null: the author is pre-moderated,
     * is new (fewer published comments than {@code firstCommentsHeld}), or had several comments rejected lately.
     */
    private String holdReason(long memberId, AuthorStanding standing) {
        if (standing.premoderated()) {
            return "The author is pre-moderated: a moderator reads each of their comments.";
        }
        if (properties.firstCommentsHeld() > 0
                && comments.publishedCountBy(memberId, properties.firstCommentsHeld()) < properties.firstCommentsHeld()) {
            return "A new member: their first " + properties.firstCommentsHeld() + " comments are read first.";
        }
        if (properties.rejectionsToHold() > 0) {
            int rejected = comments.rejectedCountSince(memberId, clock.instant().minus(properties.rejectionsWindow()));
            if (rejected >= properties.rejectionsToHold()) {
                return rejected + " of their comments were rejected in the last "
                        + properties.rejectionsWindow().toDays() + " days.";
            }
        }
        return null;
    }

    /**
     * Edits one's own comment within the edit window; the new text is checked again. A rejected edit changes
     * nothing.
     */
    @Transactional
    public PostResult edit(long memberId, long commentId, String rawText) {
        Comment comment = own(memberId, commentId);
        if (!editable(comment, memberId)) {
            return PostResult.refused(words.get("comment.refused.edit-window", inWords(properties.editWindow())));
        }
        String text = normalize(rawText);
        String sanction = sanction(standings.of(memberId));
        String problem = sanction != null ? sanction : textProblem(text);
        if (problem != null) {
            return PostResult.refused(problem);
        }
        CheckResult result = checks.check(text);
        if (result.decision() == Decision.REJECT) {
            return new PostResult(PostResult.Outcome.REJECTED, commentId, explanation(result));
        }
        // a comment held for review stays held: an edit does not skip the moderators
        CommentStatus status = comment.status() == CommentStatus.HELD ? CommentStatus.HELD : statusFor(result.decision());
        comments.updateBody(commentId, text, status, result.decision().name(), verdictsJson(result), clock.instant());
        changes.articleChanged(comment.articleId());
        return result(new CheckResult(status == CommentStatus.HELD ? Decision.REVIEW : Decision.PUBLISH,
                result.verdicts()), commentId);
    }

    /** Deletes one's own comment; where it has replies, the thread keeps a "comment deleted" in its place. */
    @Transactional
    public void delete(long memberId, long commentId) {
        Comment comment = own(memberId, commentId);
        if (comment.status() != CommentStatus.DELETED) {
            comments.markDeleted(commentId, clock.instant());
            changes.articleChanged(comment.articleId());
        }
    }

    /** Likes a published comment; liking twice counts once. */
    @Transactional
    public void like(long memberId, long commentId) {
        Comment comment = visible(commentId);
        if (comments.like(commentId, memberId, clock.instant())) {
            changes.articleChanged(comment.articleId());
        }
    }

    @Transactional
    public void unlike(long memberId, long commentId) {
        if (comments.unlike(commentId, memberId)) {
            changes.articleChanged(find(commentId).articleId());
        }
    }

    /** Reports a comment to the moderators; false when this member had already reported it. */
    @Transactional
    public boolean report(long memberId, long commentId, ReportReason reason, String note) {
        visible(commentId);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 1000) {
            cleanNote = cleanNote.substring(0, 1000);
        }
        return comments.report(commentId, memberId, reason, cleanNote, clock.instant());
    }

    /** An editor closes (or reopens) an article's comments; it overrides the closing by age. */
    @Transactional
    public void setClosed(long articleId, boolean closed, long editorId) {
        articles.published(articleId).orElseThrow(() -> new NotFoundException("article " + articleId));
        comments.setClosed(articleId, closed, editorId, clock.instant());
        changes.articleChanged(articleId);
    }

    /** Whether new comments are refused: an editor closed them, or the article is older than the close-after age. */
    public boolean closed(Article article) {
        return facts(article.id()).editorClosed().orElseGet(() -> article.publishedAt() != null
                && !clock.instant().isBefore(article.publishedAt().plus(properties.closeAfter())));
    }

    /** Whether the member may still edit this comment of theirs. */
    public boolean editable(Comment comment, long memberId) {
        return comment.writtenBy(memberId)
                && (comment.status() == CommentStatus.PUBLISHED || comment.status() == CommentStatus.HELD)
                && clock.instant().isBefore(comment.createdAt().plus(properties.editWindow()));
    }

    /** Whether to show this member the comment form or the request to confirm their address first. */
    public boolean emailVerifiedAsShown(long memberId) {
        return accounts.emailVerifiedAsShown(memberId);
    }

    /**
     * One page of an article's threads for a reader ({@code viewer} null when anonymous), after the cursor of
     * the previous page (null or unreadable: the first page).
     */
    public ThreadPage threads(long articleId, Long viewer, CommentSort sort, String cursor) {
        CommentRepository.Cursor after = parseCursor(cursor);
        if (after != null) {
            return load(articleId, viewer, sort, after);
        }
        ThreadPage shared = firstPages.page(articleId, sort, () -> load(articleId, null, sort, null));
        if (viewer == null) {
            return shared;
        }
        FirstPages.Facts facts = facts(articleId);
        if (facts.heldAuthors().contains(viewer)) {
            return load(articleId, viewer, sort, null);
        }
        if (!facts.likers().contains(viewer)) {
            return shared;
        }
        return new ThreadPage(shared.threads(), shared.replies(), comments.likedAmong(viewer, ids(shared)),
                shared.nextCursor());
    }

    /** Published comments on one article (from the node's copy). */
    public int publishedCount(long articleId) {
        return facts(articleId).published();
    }

    private FirstPages.Facts facts(long articleId) {
        return firstPages.facts(articleId, () -> comments.facts(articleId));
    }

    private ThreadPage load(long articleId, Long viewer, CommentSort sort, CommentRepository.Cursor after) {
        long viewerId = viewer == null ? -1 : viewer;
        int size = properties.pageSize();
        List<Comment> found = comments.threads(articleId, viewerId, sort, after, size + 1);
        boolean more = found.size() > size;
        List<Comment> threads = more ? found.subList(0, size) : found;
        Map<Long, List<Comment>> replies = new LinkedHashMap<>();
        threads.forEach(t -> replies.put(t.id(), new ArrayList<>()));
        for (Comment reply : comments.replies(replies.keySet(), viewerId)) {
            replies.get(reply.rootId()).add(reply);
        }
        String next = more ? cursorOf(threads.get(threads.size() - 1)) : null;
        ThreadPage page = new ThreadPage(List.copyOf(threads), Map.copyOf(replies), Set.of(), next);
        return viewer == null ? page : new ThreadPage(page.threads(), page.replies(),
                comments.likedAmong(viewer, ids(page)), next);
    }

    private static List<Long> ids(ThreadPage page) {
        return Stream.concat(page.threads().stream(), page.replies().values().stream().flatMap(List::stream))
                .map(Comment::id).toList();
    }

    public Comment find(long commentId) {
        return comments.find(commentId).orElseThrow(() -> new NotFoundException("comment " + commentId));
    }

    /** Published comments per article (0 for those without any), from the node's copy for a minute at most. */
    public Map<Long, Integer> counts(Collection<Long> articleIds) {
        return firstPages.counts(articleIds, comments::publishedCounts);
    }

    private String refusal(Article article, long memberId, AuthorStanding standing, String text) {
        if (closed(article)) {
            return words.get("comment.closed");
        }
        String sanction = sanction(standing);
        if (sanction != null) {
            return sanction;
        }
        if (!accounts.emailVerified(memberId)) {
            return words.get("comment.refused.unverified");
        }
        return textProblem(text);
    }

    /** What stops a sanctioned member from commenting, in plain words; null when nothing does. */
    private String sanction(AuthorStanding standing) {
        if (standing.banned()) {
            return words.get("comment.refused.banned");
        }
        if (standing.suspendedAt(clock.instant())) {
            return words.get("comment.refused.suspended", suspensionEnd.format(standing.suspendedUntil()));
        }
        return null;
    }

    private String textProblem(String text) {
        if (text.isEmpty()) {
            return words.get("comment.refused.empty");
        }
        if (text.length() > properties.maxLength()) {
            return words.get("comment.refused.too-long", properties.maxLength(), text.length());
        }
        return null;
    }

    private Comment own(long memberId, long commentId) {
        Comment comment = find(commentId);
        if (!comment.writtenBy(memberId)) {
            throw new AccessDeniedException("not the author of comment " + commentId);
        }
        return comment;
    }

    private Comment visible(long commentId) {
        Comment comment = find(commentId);
        if (comment.status() != CommentStatus.PUBLISHED) {
            throw new NotFoundException("comment " + commentId);
        }
        return comment;
    }

    private static CommentStatus statusFor(Decision decision) {
        return switch (decision) {
            case PUBLISH -> CommentStatus.PUBLISHED;
            case REVIEW -> CommentStatus.HELD;
            case REJECT -> CommentStatus.REJECTED;
        };
    }

    private PostResult result(CheckResult result, long id) {
        return switch (result.decision()) {
            case PUBLISH -> new PostResult(PostResult.Outcome.PUBLISHED, id, words.get("comment.posted.published"));
            case REVIEW -> new PostResult(PostResult.Outcome.HELD, id, words.get("comment.posted.held"));
            case REJECT -> new PostResult(PostResult.Outcome.REJECTED, id, explanation(result));
        };
    }

    /** The broken rules in plain words, for the author. */
    private String explanation(CheckResult result) {
        List<String> lines = result.verdicts().stream().filter(v -> v.decision() == Decision.REJECT)
                .map(Verdict::explanation).filter(e -> e != null).distinct().map(this::explained).toList();
        return lines.isEmpty() ? words.get("guideline.general") : String.join(" ", lines);
    }

    /** What the author is told of one broken guideline. */
    private String explained(Explanation explanation) {
        return switch (explanation) {
            case NOT_ENGLISH -> words.get("guideline.not-english");
            case NOT_FULL_SENTENCES -> words.get("guideline.not-full-sentences");
            case SHOUTING -> words.get("guideline.shouting");
            case ABUSIVE -> words.get("guideline.abusive");
            case PERSONAL -> words.get("guideline.personal");
        };
    }

    private String verdictsJson(CheckResult result) {
        List<Map<String, Object>> verdicts = result.verdicts().stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", v.rule().code());
            m.put("decision", v.decision().name());
            m.put("score", v.score());
            // the explanation's name: its words are the bundle's, in whatever language the site speaks
            m.put("explanation", v.explanation() == null ? null : v.explanation().name());
            return m;
        }).toList();
        return json.writeValueAsString(verdicts);
    }

    /** Line breaks kept (as \n), trailing spaces and outer blank lines dropped. */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t]+\\n", "\n").strip();
    }

    /** A wait or a window in whole minutes, rounded up. */
    private String inWords(Duration duration) {
        return words.get("duration.minutes", Math.max(1, (duration.toSeconds() + 59) / 60));
    }

    private static String cursorOf(Comment last) {
        return last.createdAt() + "~" + last.likes() + "~" + last.id();
    }

    private static CommentRepository.Cursor parseCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String[] parts = cursor.split("~");
        if (parts.length != 3) {
            return null;
        }
        try {
            Instant time = Instant.parse(parts[0]);
            return AcceptedDates.accepts(time)
                    ? new CommentRepository.Cursor(time, Integer.parseInt(parts[1]), Long.parseLong(parts[2])) : null;
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
