package news.dateline.ingest.web;

/** One uploaded file's outcome. {@code editUrl} is null when nothing was stored. */
public record ImportResult(String file, boolean ok, String message, String editUrl) {
}
