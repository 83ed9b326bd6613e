package news.dateline.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import news.dateline.article.Article;
import news.dateline.article.ArticleFilter;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.database.NoDatabaseConfigured;
import news.dateline.live.blog.EntryForm;
import news.dateline.live.blog.LiveBlogs;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A live blog following the seed story (the Brussels talks and Palmyra) as it develops: a dozen entries over the
 * last hours, three of them key points, with quotes and a link, so a newcomer opens one at once. Made once: a
 * restart finds the live blog and adds nothing.
 */
@Component
class DemoLiveBlog {

    static final String SEED_SLUG = "rift-widens-between-russia-west-over-syria";
    private static final Logger log = LoggerFactory.getLogger(DemoLiveBlog.class);

    private final LiveBlogs blogs;
    private final ArticleQueries articles;
    private final Members members;
    private final Environment environment;
    private final Clock clock;

    DemoLiveBlog(LiveBlogs blogs, ArticleQueries articles, Members members, Environment environment, Clock clock) {
        this.blogs = blogs;
        this.articles = articles;
        this.members = members;
        this.environment = environment;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(4)
    void loadOnFirstStart() {
        boolean embedded = NoDatabaseConfigured.isEmbedded(environment.getProperty("spring.datasource.url"));
        if (environment.getProperty("dateline.demo.enabled", Boolean.class, embedded)) {
            load();
        }
    }

    /** @return the article followed live, when there was a story and an admin to post as */
    Optional<Long> load() {
        Optional<Long> story = articles.publishedBySlug(SEED_SLUG).map(Article::id)
                .or(() -> articles.list(ArticleFilter.published(1, 1)).items().stream().findFirst().map(ArticleSummary::id));
        Optional<Member> admin = members.staff().stream().filter(m -> m.roles().contains(Role.ADMIN)).findFirst();
        if (story.isEmpty() || admin.isEmpty()) {
            log.info("Demo live blog not made: no published story or no admin to post as");
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant start = now.minus(Duration.ofHours(6));
        List<LiveBlogs.EarlierEntry> entries = new ArrayList<>();
        String[][] lines = {
                {"Foreign ministers arrive in **Brussels** for talks on Syria, with the rift between Russia and the West on the table.", "", "", "", ""},
                {"France calls for a ceasefire in Aleppo before any discussion of sanctions.", "We cannot talk of peace while the city burns.", "Jean-Marc Ayrault, French Foreign Minister", "", "pin"},
                {"Talks begin behind closed doors; no statement is expected before the afternoon.", "", "", "", ""},
                {"Reports reach the Council that Islamic State fighters have re-entered **Palmyra**.", "", "", "", "pin"},
                {"Diplomats say the Palmyra news has hardened positions on both sides.", "", "", "", ""},
                {"The EU's foreign policy chief says sanctions remain an option.", "All options stay on the table.", "EU foreign policy spokesperson", "", ""},
                {"Russia's delegation rejects the word \"war crimes\" in the draft statement.", "", "", "", ""},
                {"The Council publishes its agenda and background papers.", "", "", "https://www.consilium.europa.eu/en/meetings/", ""},
                {"A short break: ministers leave the room for bilateral meetings.", "", "", "", ""},
                {"Talks collapse without a joint statement; the rift widens.", "", "", "", "pin"},
                {"Aid agencies warn that the evacuation of eastern Aleppo cannot wait for the next round.", "", "", "", ""},
                {"Ministers will meet again next week; we will follow it here.", "", "", "", ""}};
        for (int i = 0; i < lines.length; i++) {
            String[] l = lines[i];
            entries.add(new LiveBlogs.EarlierEntry(new EntryForm(l[0], l[1], l[2], l[3], null),
                    start.plus(Duration.ofMinutes(25L * (i + 1))), !l[4].isEmpty()));
        }
        if (blogs.startEarlier(admin.get().id(), admin.get().displayName(), story.get(), start, entries)) {
            log.info("Demo live blog on article {}: {} entries", story.get(), entries.size());
        }
        return story;
    }
}
