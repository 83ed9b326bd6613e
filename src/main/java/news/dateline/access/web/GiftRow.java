package news.dateline.access.web;

/** One gift link given this month, as its giver's page prints it; {@code url} null once the story is gone. */
public record GiftRow(String headline, String url, String given, String expires, int opened) {
}
