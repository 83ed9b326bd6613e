package news.dateline.newsletter;

import java.time.LocalDate;

/** A newsletter's subscriptions at the end of one day. */
public record DailyCount(LocalDate day, int subscribers) {
}
