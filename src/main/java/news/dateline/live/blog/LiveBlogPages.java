package news.dateline.live.blog;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import news.dateline.article.LiveCoverage;
import news.dateline.live.LiveEvents;
import news.dateline.live.LiveHub;
import org.springframework.stereotype.Component;

/**
 * A live blog on its article's page, rendered once per node and version: the version is the article channel's last
 * event id, which every change of the live blog moves (on every node, through the change feed), so the article
 * page's shared rendering, keyed by it, never shows a stale list.
 */
@Component
class LiveBlogPages implements LiveCoverage {

    private final LiveBlogRepository blogs;
    private final EntryRenderer renderer;
    private final LiveHub hub;
    private final Cache<Long, Rendered> rendered = Caffeine.newBuilder().maximumSize(10_000).build();

    LiveBlogPages(LiveBlogRepository blogs, EntryRenderer renderer, LiveHub hub) {
        this.blogs = blogs;
        this.renderer = renderer;
        this.hub = hub;
    }

    private record Rendered(long version, Coverage coverage) {
    }

    @Override
    public Coverage on(long articleId) {
        long version = hub.lastId(LiveEvents.article(articleId));
        Rendered known = rendered.getIfPresent(articleId);
        if (known != null && known.version() == version) {
            return known.coverage();
        }
        Coverage coverage = blogs.find(articleId).map(blog -> coverage(blog, version)).orElse(Coverage.NONE);
        rendered.put(articleId, new Rendered(version, coverage));
        return coverage;
    }

    private Coverage coverage(LiveBlog blog, long version) {
        List<LiveEntry> stored = blogs.entries(blog.articleId());
        List<EntryView> entries = renderer.views(stored);
        List<EntryView> keyPoints = entries.stream().filter(EntryView::pinned).toList();
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("articleId", blog.articleId());
        params.put("ended", blog.ended() ? renderer.words().get("live.ended", renderer.time(blog.endedAt())) : null);
        params.put("entries", entries);
        params.put("keyPoints", keyPoints);
        params.put("from", version);
        params.put("words", renderer.words());
        String html = renderer.render("live/coverage.jte", params);
        Map<String, Object> ld = structuredData(blog, entries);
        LiveCoverage.Updates updates = updates(blog, stored, entries);
        return new Coverage(Math.max(version, 1), () -> html, () -> ld, () -> updates);
    }

    /** The same entries as data, for feeds and the content API (views and stored entries are in the same order). */
    private static LiveCoverage.Updates updates(LiveBlog blog, List<LiveEntry> stored, List<EntryView> views) {
        List<LiveCoverage.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            LiveEntry e = stored.get(i);
            entries.add(new LiveCoverage.Entry(e.id(), e.postedAt(), e.updatedAt(), e.pinned(), views.get(i).bodyHtml(),
                    e.quote(), e.quoteSource(), e.linkUrl()));
        }
        return new LiveCoverage.Updates(blog.startedAt(), blog.endedAt(), List.copyOf(entries));
    }

    /** schema.org's LiveBlogPosting: each entry a BlogPosting whose url is its anchor on the article's page. */
    private static Map<String, Object> structuredData(LiveBlog blog, List<EntryView> entries) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@type", "LiveBlogPosting");
        ld.put("coverageStartTime", DateTimeFormatter.ISO_INSTANT.format(blog.startedAt()));
        Optional.ofNullable(blog.endedAt()).ifPresent(end -> ld.put("coverageEndTime", DateTimeFormatter.ISO_INSTANT.format(end)));
        ld.put("liveBlogUpdate", entries.stream().map(e -> {
            Map<String, Object> update = new LinkedHashMap<>();
            update.put("@type", "BlogPosting");
            update.put("headline", e.summary());
            update.put("datePublished", e.isoTime());
            update.put("url", "#" + e.anchor());
            update.put("articleBody", e.summary());
            return update;
        }).toList());
        return ld;
    }
}
