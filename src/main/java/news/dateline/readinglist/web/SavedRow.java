package news.dateline.readinglist.web;

/** A line of the Saved stories page, ready to print. */
public record SavedRow(long articleId, String headline, String url, String standfirst, String sectionName,
                       String sectionUrl, String savedOn, boolean premium) {
}
