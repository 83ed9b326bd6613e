package news.dateline.comment.moderation.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import news.dateline.article.DateLineFormat;
import news.dateline.comment.AuthorStanding;
import news.dateline.comment.moderation.LogEntry;
import news.dateline.comment.moderation.QueueEntry;
import news.dateline.comment.web.CommentText;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;

/** Turns queue entries and log lines into what the moderation pages print: dates in the paper's zone, safe HTML. */
@Component
class ModerationViews {

    private final DateLineFormat format;
    private final Clock clock;

    ModerationViews(SiteProperties site, Clock clock) {
        this.format = new DateLineFormat(site.zone(), site.zoneLabel());
        this.clock = clock;
    }

    List<EntryView> entries(List<QueueEntry> entries) {
        return entries.stream().map(this::entry).toList();
    }

    List<LogView> log(List<LogEntry> log) {
        return log.stream().map(l -> new LogView(format.dateTime(l.at()), l.moderator(), l.action(), l.commentId(),
                l.memberId(), l.memberName(), l.note())).toList();
    }

    String standing(AuthorStanding standing) {
        List<String> words = new ArrayList<>();
        if (standing.banned()) {
            words.add("banned");
        }
        if (standing.suspendedAt(clock.instant())) {
            words.add("suspended until " + format.dateTime(standing.suspendedUntil()));
        }
        if (standing.premoderated()) {
            words.add("pre-moderated");
        }
        if (standing.warnings() > 0) {
            words.add(standing.warnings() == 1 ? "warned once" : "warned " + standing.warnings() + " times");
        }
        return String.join(", ", words);
    }

    private EntryView entry(QueueEntry e) {
        String decision = e.moderation() == null ? null
                : (e.status().equals("REJECTED") ? "Rejected" : "Approved") + " by " + name(e.moderation().by())
                + " " + format.dateTime(e.moderation().at())
                + (e.moderation().reason() == null ? "" : ": " + e.moderation().reason());
        return new EntryView(e.id(), e.articleHeadline(),
                e.articlePath() == null ? null : e.articlePath() + "#comment-" + e.id(), e.memberId(), e.authorName(),
                CommentText.toHtml(e.body()), e.status(), format.dateTime(e.createdAt()), e.featured(), e.reply(),
                e.holdReason(), e.scores(),
                e.reports().stream().map(r -> new EntryView.ReportView(label(r.reason()), r.note(), format.dateTime(r.at())))
                        .toList(),
                e.author(), e.author() == null ? "" : standing(e.author().standing()), decision);
    }

    private static String name(String moderator) {
        return moderator == null ? "a former moderator" : moderator;
    }

    private static String label(String reason) {
        return reason.charAt(0) + reason.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    String date(Instant at) {
        return format.dateTime(at);
    }
}
