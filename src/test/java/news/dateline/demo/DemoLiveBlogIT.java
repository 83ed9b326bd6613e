package news.dateline.demo;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.live.blog.LiveBlogs;
import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The first start's live blog: a dozen entries and key points on the story, made once. */
@IntegrationTest
class DemoLiveBlogIT {

    @LocalServerPort
    int port;
    @Autowired
    DemoLiveBlog demo;
    @Autowired
    LiveBlogs blogs;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    MutableClock clock;

    @Test
    void theStoryIsFollowedLiveWithADozenEntriesAndKeyPointsOnce() {
        clock.advance(Duration.ofMinutes(1));
        Article story = articles.publish(articles.create(anArticle().headline("Rift widens between Russia, West over Syria")
                .slug(DemoLiveBlog.SEED_SLUG).inSection(sections.ensure("news", "News", 1)).build(), null).id(), null);

        assertThat(demo.load()).contains(story.id());
        demo.load(); // a restart adds nothing
        assertThat(blogs.entries(story.id())).hasSize(12);
        assertThat(blogs.entries(story.id()).stream().filter(e -> e.pinned())).hasSize(3);

        Document page = Jsoup.parse(new Http(port).get(story.path()).body());
        assertThat(page.select("#live-entries > li")).hasSize(12);
        assertThat(page.select("#live-entries > li").first().text()).contains("Ministers will meet again next week");
        assertThat(page.select("#key-points li")).hasSize(3);
    }
}
