package news.dateline.access.web;

/** A story gifted this month, as the newsroom's gift page prints it. */
public record GiftTopRow(String headline, String url, long given, long opens, long registrations) {
}
