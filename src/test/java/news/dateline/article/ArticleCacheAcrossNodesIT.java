package news.dateline.article;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.SecondNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Article pages are cached in each node; a change made on one node reaches the other's cache at once. */
@IntegrationTest
class ArticleCacheAcrossNodesIT {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;

    @Test
    void anArticleUnpublishedOnOneNodeDisappearsFromTheOther() {
        Section news = sections.ensure("news", "News", 1);
        Article article = articles.publish(articles.create(anArticle().inSection(news).build(), null).id(), null);

        try (SecondNode other = data.secondNode()) {
            Http otherNode = new Http(other.port());
            assertThat(otherNode.get(article.path()).statusCode()).isEqualTo(200);

            Article renamed = articles.update(article.id(), article.revision(), anArticle().inSection(news).slug("renamed-on-node-one")
                    .build(), null, false, null);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(otherNode.get(article.path()).statusCode()).isEqualTo(301));
            assertThat(otherNode.get(renamed.path()).body()).contains(renamed.headline());

            articles.unpublish(article.id(), null);
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(otherNode.get(renamed.path()).statusCode()).isEqualTo(404));
        }
    }
}
