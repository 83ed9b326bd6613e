package news.dateline.article;

import java.time.Instant;
import java.time.YearMonth;

/** A calendar month with published articles, and the time of the newest publication or change among them. */
public record PublishedMonth(YearMonth month, Instant lastModified) {
}
