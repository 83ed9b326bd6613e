package news.dateline.newsroom;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.review.Actor;
import news.dateline.article.review.ReviewService;
import news.dateline.member.Member;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The newsroom's home says what needs attention: review, today's schedule, recent stories, comments, sends, mail. */
@IntegrationTest
class NewsroomHomeIT {

    @Autowired
    TestData data;

    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    NewsroomHome home;

    @Test
    void theHomeListsWhatWaitsForReviewWhatGoesOutTodayAndWhatWasJustPublished() {
        Section news = data.section();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Member writer = data.writer();
        Article submitted = articles.create(anArticle().inSection(news).headline("Waiting " + tag).build(), writer.id());
        reviews.submit(new Actor(writer.id(), false), submitted.id(), null);
        Article scheduled = articles.create(anArticle().inSection(news).headline("Later today " + tag).build(), null);
        articles.schedule(scheduled.id(), data.now().plus(Duration.ofSeconds(1)), null);
        Article published = articles.publish(articles.create(anArticle().inSection(news)
                .headline("Just out " + tag).build(), null).id(), null);

        WebSession editor = data.signedIn(data.editor());
        String page = editor.get("/admin").body();
        assertThat(page).contains("Waiting for review").contains("Waiting " + tag)
                .contains("Scheduled today").contains("Recently published").contains("Just out " + tag)
                .contains("waiting for moderation").contains("Newsletter sends in progress").contains("Failed mails")
                .contains("href=\"/admin/articles/" + published.id() + "\"");
        assertThat(home.dashboard().scheduledToday()).extracting(Dashboard.Line::title).contains("Later today " + tag);

        assertThat(data.signedIn(writer).get("/admin").statusCode()).as("writers have their own list, not the home").isEqualTo(403);
    }
}
