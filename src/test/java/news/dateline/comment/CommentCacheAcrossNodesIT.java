package news.dateline.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import news.dateline.article.Article;
import news.dateline.comment.moderation.Moderation;
import news.dateline.comment.moderation.Moderator;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import news.dateline.support.SecondNode;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each node keeps the first page of an article's comments; a comment posted, rejected or closed on one node shows
 * on the other's article page at once (it fails when {@link CommentChanges} is not called or not listened to).
 */
@IntegrationTest
class CommentCacheAcrossNodesIT {

    @Autowired
    TestData data;
    @Autowired
    Comments comments;
    @Autowired
    Moderation moderation;

    @Test
    void commentsPostedModeratedAndClosedOnOneNodeShowOnTheOther() {
        Article article = data.publishedStory(draft -> draft.inSection(data.section("cache-tests", "Cache tests", 96))
                .headline("Cached comments " + UUID.randomUUID()));
        Member ana = member("Ana", Role.MEMBER);
        Member mod = member("Mo", Role.MODERATOR);
        String text = "I think the new timetable suits commuters far better.";

        try (SecondNode other = data.secondNode()) {
            Http otherNode = new Http(other.port());
            assertThat(otherNode.get(article.path()).body()).doesNotContain(text);

            long id = comments.post(new Comments.Author(ana.id(), "Ana"), article.id(), null, text).commentId();
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(otherNode.get(article.path()).body()).contains(text).contains("Comments <span class=\"comment-total\">(1)"));

            moderation.reject(List.of(id), "It is off topic.", new Moderator(mod.id(), "Mo"));
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(otherNode.get(article.path()).body()).doesNotContain(text));

            comments.setClosed(article.id(), true, mod.id());
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(otherNode.get(article.path()).body()).contains("Comments are closed on this article."));
        }
    }

    private Member member(String name, Role role) {
        return data.withRoles(name, role);
    }
}
