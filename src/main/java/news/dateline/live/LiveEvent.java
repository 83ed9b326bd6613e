package news.dateline.live;

/**
 * One stored event of a channel.
 *
 * @param id   numbered from 1 per channel, in commit order
 * @param kind the SSE event name the page listens for ({@code entry}, {@code entry-removed}, {@code comment}, …)
 * @param data one line of JSON
 */
public record LiveEvent(String channel, long id, String kind, String data) {
}
