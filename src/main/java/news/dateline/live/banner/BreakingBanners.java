package news.dateline.live.banner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import news.dateline.article.Article;
import news.dateline.article.ArticleQueries;
import news.dateline.live.LiveEvents;
import news.dateline.live.LiveHub;
import news.dateline.live.blog.InvalidEntryException;
import news.dateline.member.SignedInMember;
import news.dateline.site.BreakingNews;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The breaking-news banner: an editor puts one up (a line of text linking to a published article, for a while) or
 * takes it down. Each change is an event on the site channel, so open pages show it within a second and every
 * node's page frame ({@link BreakingNews}) reads it again; an expired banner is simply no longer "now".
 */
@Service
public class BreakingBanners implements BreakingNews {

    static final String BANNER = "banner";
    private static final Duration LONGEST = Duration.ofDays(2);

    private final BannerRepository banners;
    private final ArticleQueries articles;
    private final LiveEvents events;
    private final LiveHub hub;
    private final JsonMapper json;
    private final Clock clock;
    private volatile Known known = new Known(-1, Optional.empty());

    BreakingBanners(BannerRepository banners, ArticleQueries articles, LiveEvents events, LiveHub hub, JsonMapper json,
                    Clock clock) {
        this.banners = banners;
        this.articles = articles;
        this.events = events;
        this.hub = hub;
        this.json = json;
        this.clock = clock;
    }

    /** The banner as this node last read it, and the site channel's event id it was read at. */
    private record Known(long version, Optional<Banner> banner) {
    }

    @Override
    public Optional<Banner> now() {
        long version = hub.lastId(LiveEvents.SITE);
        Known seen = known;
        if (seen.version() != version) {
            seen = new Known(version, banners.current(clock.instant()));
            known = seen;
        }
        Instant at = clock.instant();
        return seen.banner().filter(b -> b.expiresAt().isAfter(at));
    }

    @Transactional
    public void put(SignedInMember editor, String text, String articleId, Duration lasting) {
        requireEditor(editor);
        String line = text == null ? "" : text.strip();
        if (line.isEmpty() || line.length() > 200) {
            throw new InvalidEntryException("A banner is one line of 1 to 200 characters; this one has " + line.length() + ".");
        }
        long id;
        try {
            id = Long.parseLong(articleId == null ? "" : articleId.strip());
        } catch (NumberFormatException e) {
            throw new InvalidEntryException("Give the number of the article the banner links to, not “" + articleId + "”.");
        }
        Article article = articles.published(id).orElseThrow(() ->
                new InvalidEntryException("Article " + id + " is not published; a banner links to a published article."));
        if (lasting == null || lasting.isNegative() || lasting.isZero() || lasting.compareTo(LONGEST) > 0) {
            throw new InvalidEntryException("A banner stays up for 1 minute to 2 days.");
        }
        Instant at = clock.instant();
        banners.removeAll(at);
        banners.put(line, id, article.path(), at, at.plus(lasting), editor.memberId());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("text", line);
        data.put("url", article.path());
        data.put("expires", at.plus(lasting).toString());
        events.publish(LiveEvents.SITE, BANNER, json.writeValueAsString(data));
    }

    @Transactional
    public void remove(SignedInMember editor) {
        requireEditor(editor);
        banners.removeAll(clock.instant());
        events.publish(LiveEvents.SITE, BANNER, "{\"removed\":true}");
    }

    private static void requireEditor(SignedInMember member) {
        if (member == null || !member.isStaff()) {
            throw new AccessDeniedException("Only editors and admins put up the breaking-news banner.");
        }
    }
}
