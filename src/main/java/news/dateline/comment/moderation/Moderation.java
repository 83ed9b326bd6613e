package news.dateline.comment.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.comment.AuthorStanding;
import news.dateline.comment.AuthorStandings;
import news.dateline.comment.Comment;
import news.dateline.comment.CommentNotifications;
import news.dateline.comment.CommentStatus;
import news.dateline.comment.Comments;
import news.dateline.comment.store.CommentWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The community desk's work on comments: the queues (pending, reported, rejected, recently approved), decisions on
 * comments (approve, reject with a reason mailed to the author, feature) one at a time or in bulk, and sanctions on
 * authors (warn, pre-moderate, suspend, ban). Each decision locks its comment's row, so two moderators acting on
 * the same comment at once take turns and the second finds it already decided; every action is logged.
 */
@Service
public class Moderation {

    public static final int PAGE_SIZE = 30;

    private final ModerationRepository repository;
    private final Comments comments;
    private final AuthorStandings standings;
    private final CommentNotifications notifications;
    private final CommentWriter writer;
    private final ArticleQueries articles;
    private final Clock clock;
    private final JsonMapper json;

    Moderation(ModerationRepository repository, Comments comments, AuthorStandings standings,
               CommentNotifications notifications, CommentWriter writer, ArticleQueries articles, Clock clock,
               JsonMapper json) {
        this.repository = repository;
        this.comments = comments;
        this.standings = standings;
        this.notifications = notifications;
        this.writer = writer;
        this.articles = articles;
        this.clock = clock;
        this.json = json;
    }

    public Map<Queue, Integer> counts() {
        return repository.counts();
    }

    /** One page (from 1) of a queue. */
    public List<QueueEntry> queue(Queue queue, int page) {
        return entries(repository.queue(queue, PAGE_SIZE, (Math.max(page, 1) - 1) * PAGE_SIZE));
    }

    /** One comment with the same detail as the queues (a queue page adds a newly held one without reloading). */
    public Optional<QueueEntry> entry(long commentId) {
        return repository.entry(commentId).map(row -> entries(List.of(row)).getFirst());
    }

    /** A member's latest comments, with the same detail as the queues. */
    public List<QueueEntry> byMember(long memberId) {
        return entries(repository.byMember(memberId, 100));
    }

    public List<LogEntry> log(Long memberId, int page) {
        return repository.log(memberId, PAGE_SIZE, (Math.max(page, 1) - 1) * PAGE_SIZE);
    }

    /**
     * Publishes held or rejected comments; for a published one, dismisses its reports. Authors of held or rejected
     * comments are told by mail; a reply that appears tells its parent's author (if they asked).
     *
     * @return how many comments this changed
     */
    @Transactional
    public int approve(Collection<Long> commentIds, Moderator moderator) {
        int changed = 0;
        for (long id : commentIds) {
            var locked = repository.lock(id);
            if (locked.isEmpty() || locked.get().status().equals("DELETED")) {
                continue;
            }
            String was = locked.get().status();
            Instant now = clock.instant();
            int dismissed = repository.resolveReports(id, moderator.id(), now);
            if (was.equals("PUBLISHED")) {
                if (dismissed > 0) {
                    repository.log("dismiss-reports", id, comments.find(id).memberId(), moderator,
                            dismissed + (dismissed == 1 ? " report" : " reports"), now);
                    changed++;
                }
                continue;
            }
            writer.setStatus(id, CommentStatus.PUBLISHED, moderator.id(), null, now);
            Long parentId = locked.get().parentId();
            if (was.equals("REJECTED") && parentId != null) {
                writer.changeReplyCount(parentId, 1);
            }
            Comment comment = comments.find(id);
            repository.log("approve", id, comment.memberId(), moderator, "was " + was.toLowerCase(), now);
            notifications.approved(comment);
            if (parentId != null) {
                notifications.replyPublished(comment, comments.find(parentId));
            }
            changed++;
        }
        return changed;
    }

    /**
     * Rejects held or published comments with a reason, which is mailed to each author.
     *
     * @return how many comments this changed
     */
    @Transactional
    public int reject(Collection<Long> commentIds, String reason, Moderator moderator) {
        String why = reason == null || reason.isBlank() ? "It does not follow our community guidelines." : reason.strip();
        int changed = 0;
        for (long id : commentIds) {
            var locked = repository.lock(id);
            if (locked.isEmpty() || !(locked.get().status().equals("HELD") || locked.get().status().equals("PUBLISHED"))) {
                continue;
            }
            Instant now = clock.instant();
            writer.setStatus(id, CommentStatus.REJECTED, moderator.id(), why, now);
            repository.resolveReports(id, moderator.id(), now);
            if (locked.get().parentId() != null) {
                writer.changeReplyCount(locked.get().parentId(), -1);
            }
            Comment comment = comments.find(id);
            repository.log("reject", id, comment.memberId(), moderator, why, now);
            notifications.rejected(comment, why);
            changed++;
        }
        return changed;
    }

    @Transactional
    public void feature(long commentId, boolean featured, Moderator moderator) {
        Comment comment = comments.find(commentId);
        if (writer.setFeatured(commentId, featured)) {
            repository.log(featured ? "feature" : "unfeature", commentId, comment.memberId(), moderator, null,
                    clock.instant());
        }
    }

    /** Sends the member a moderator's message by mail and counts it as a warning. */
    @Transactional
    public void warn(long memberId, String message, Moderator moderator) {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("Write the message the member should read.");
        }
        standings.warned(memberId, moderator.id());
        notifications.message(memberId, message.strip());
        repository.log("warn", null, memberId, moderator, message.strip(), clock.instant());
    }

    @Transactional
    public void premoderate(long memberId, boolean on, Moderator moderator) {
        standings.premoderate(memberId, on, moderator.id());
        repository.log(on ? "premoderate" : "end-premoderation", null, memberId, moderator, null, clock.instant());
    }

    /** Suspends commenting for a time; zero lifts a suspension. */
    @Transactional
    public void suspend(long memberId, Duration duration, Moderator moderator) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A suspension cannot last a negative time.");
        }
        Instant until = clock.instant().plus(duration);
        standings.suspendUntil(memberId, until, moderator.id());
        repository.log(duration.isZero() ? "lift-suspension" : "suspend", null, memberId, moderator,
                duration.isZero() ? null : "until " + until, clock.instant());
    }

    @Transactional
    public void ban(long memberId, boolean on, Moderator moderator) {
        standings.ban(memberId, on, moderator.id());
        repository.log(on ? "ban" : "unban", null, memberId, moderator, null, clock.instant());
    }

    public AuthorStanding standing(long memberId) {
        return standings.of(memberId);
    }

    private List<QueueEntry> entries(List<ModerationRepository.Row> rows) {
        List<Long> ids = rows.stream().map(ModerationRepository.Row::id).toList();
        List<Long> authors = rows.stream().map(ModerationRepository.Row::memberId).filter(Objects::nonNull)
                .distinct().toList();
        Map<Long, ArticleSummary> articleById = articles.publishedSummaries(
                        rows.stream().map(ModerationRepository.Row::articleId).distinct().toList())
                .stream().collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        var reports = repository.openReports(ids);
        var histories = repository.histories(authors);
        var standingById = standings.of(authors);
        return rows.stream().map(r -> {
            ArticleSummary article = articleById.get(r.articleId());
            QueueEntry.AuthorRecord author = null;
            if (r.memberId() != null) {
                int[] h = histories.getOrDefault(r.memberId(), new int[5]);
                author = new QueueEntry.AuthorRecord(h[0], h[1], h[2], h[3], h[4], standingById.get(r.memberId()));
            }
            return new QueueEntry(r.id(), r.articleId(), article == null ? "(article not published)" : article.headline(),
                    article == null ? null : article.path(), r.memberId(), r.authorName(), r.body(), r.status(),
                    r.createdAt(), r.featured(), r.parentId() != null, r.holdReason(), scores(r.verdictsJson()),
                    reports.getOrDefault(r.id(), List.of()), author,
                    r.moderatedAt() == null ? null
                            : new QueueEntry.Decision(r.moderatorName(), r.moderatedAt(), r.moderationReason()));
        }).toList();
    }

    private List<QueueEntry.Score> scores(String verdictsJson) {
        List<Map<String, Object>> verdicts = json.readValue(verdictsJson, new TypeReference<>() { });
        return verdicts.stream().map(v -> new QueueEntry.Score(String.valueOf(v.get("rule")),
                String.valueOf(v.get("decision")), ((Number) v.getOrDefault("score", 0)).doubleValue())).toList();
    }
}
