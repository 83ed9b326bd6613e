package news.dateline.article.web;

/** A line of an article's history. */
public record RevisionRow(int number, String editor, String savedAt, boolean publicUpdate, String note) {
}
