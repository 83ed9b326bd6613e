package news.dateline.newsroom;

import java.util.List;

/**
 * The newsroom's home page, already formatted.
 *
 * @param waitingForReview articles submitted by writers, oldest change last
 * @param scheduledToday   articles that go out today (in the site's zone), soonest first
 * @param pendingComments  comments held for a moderator; {@code reportedComments} published but reported
 * @param sends            newsletter editions scheduled or on their way
 * @param failedMails      mails the SMTP server refused for good or that ran out of attempts
 */
public record Dashboard(int waitingCount, List<Line> waitingForReview, List<Line> scheduledToday,
                        List<Line> recentlyPublished, int pendingComments, int reportedComments, List<Line> sends,
                        long failedMails) {

    /** One line of a box: what, a detail (a time, a count), and where to go. */
    public record Line(String title, String detail, String url) {
    }
}
