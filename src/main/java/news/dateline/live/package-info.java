/**
 * Live coverage: what readers with a page open receive without reloading, over Server-Sent Events. Terms: a
 * <em>channel</em> is one stream of events (one per article, {@code article-<id>}, and {@code site} for the whole
 * site); an <em>event</em> is one numbered message on a channel, stored ({@code live_event}) so that a reader who
 * reconnects with {@code Last-Event-ID} resumes exactly where they were; the <em>hub</em> is this node's set of open
 * streams. A <em>live blog</em> ({@code blog}) is an article followed as it develops in short timestamped
 * <em>entries</em>, some pinned as <em>key points</em>. Events are published inside the writer's transaction and
 * reach every node's hub through {@link news.dateline.database.ChangeFeed}, so only committed events go out.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"article", "database", "media", "member",
        "site"})
package news.dateline.live;
