package news.dateline.article.correction;

/**
 * A note as readers see it at the foot of an article: "Correction (December 13, 2016): An earlier version …".
 *
 * @param date        the date it was added, in the site's zone
 * @param isoDate     the same as an ISO-8601 instant, for {@code <time datetime>}
 */
public record CorrectionNote(String label, String date, String isoDate, String text) {
}
