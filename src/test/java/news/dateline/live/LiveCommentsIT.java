package news.dateline.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import news.dateline.article.Article;
import news.dateline.comment.Comments;
import news.dateline.comment.PostResult;
import news.dateline.comment.moderation.Moderation;
import news.dateline.comment.moderation.Moderator;
import news.dateline.member.Member;
import news.dateline.support.IntegrationTest;
import news.dateline.support.SecondNode;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Comments over an article's live stream, on real HTTP connections: a published comment (and a like, and a
 * removal) reaches readers connected to either node, rendered and escaped by the comment section's template; a held
 * one only once a moderator approves it; a reader the wall stops gets none.
 */
@IntegrationTest
class LiveCommentsIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofSeconds(3);

    @Autowired
    TestData data;
    @Autowired
    Comments comments;
    @Autowired
    Moderation moderation;

    @Test
    void aCommentPostedOnOneNodeReachesAReaderOnTheOtherEscapedAndItsLikesAndDeletionFollow() throws Exception {
        Article article = data.publishedStory();
        Member writer = data.member("Wanda <b>Bold</b>");
        Member liker = data.member("Lena Secretliker");
        try (SecondNode other = data.secondNode();
             SseClient reader = SseClient.open(other.port(), "/live/articles/" + article.id())) {
            PostResult posted = comments.post(author(writer), article.id(), null,
                    "I think the talks will fail again <img src=x onerror=alert(1)> this week in Brussels.");
            assertThat(posted.outcome()).isEqualTo(PostResult.Outcome.PUBLISHED);

            SseClient.Event shown = reader.next(WAIT, "comment");
            assertThat(shown).isNotNull();
            assertThat(shown.data()).contains("\"id\":" + posted.commentId())
                    .contains("id=\\\"comment-" + posted.commentId() + "\\\"")
                    .contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img")
                    .contains("Wanda &lt;b&gt;Bold&lt;/b&gt;").doesNotContain("<b>")
                    .contains("\"likes\":\"0 likes\"")
                    // the members' version carries the forms, with the token left for the page to fill in
                    .contains("name=\\\"_csrf\\\" value=\\\"\\\"")
                    .contains("/comments/" + posted.commentId() + "/like");

            comments.like(liker.id(), posted.commentId());
            SseClient.Event liked = reader.next(WAIT, "comment");
            assertThat(liked.data()).contains("\"likes\":\"1 like\"")
                    // who liked it is nobody else's business
                    .doesNotContain("Secretliker").doesNotContain("aria-pressed=\\\"true\\\"");

            comments.delete(writer.id(), posted.commentId());
            SseClient.Event removed = reader.next(WAIT, "comment-removed");
            assertThat(removed.data()).isEqualTo("{\"id\":" + posted.commentId() + ",\"html\":null}");
        }
    }

    @Test
    void aHeldCommentReachesReadersOnlyOnceAModeratorApprovesIt() throws Exception {
        Article article = data.publishedStory();
        Member held = data.member("Hal Held");
        Member mona = data.moderator();
        Moderator moderator = new Moderator(mona.id(), mona.displayName());
        moderation.premoderate(held.id(), true, moderator);
        try (SseClient reader = SseClient.open(data.port(), "/live/articles/" + article.id())) {
            PostResult posted = comments.post(author(held), article.id(), null,
                    "The ministers should publish the draft text before the vote.");
            assertThat(posted.outcome()).isEqualTo(PostResult.Outcome.HELD);
            assertThat(reader.next(QUIET, "comment", "comment-removed")).isNull();

            moderation.approve(List.of(posted.commentId()), moderator);
            SseClient.Event shown = reader.next(WAIT, "comment");
            assertThat(shown).isNotNull();
            assertThat(shown.data()).contains("\"id\":" + posted.commentId()).contains("publish the draft text");
        }
    }

    @Test
    void aReplyNamesItsThreadAndAReaderTheWallStopsGetsNoComments() throws Exception {
        Article premium = data.publishedStory(d -> d.premium());
        Member first = data.member("Fay First");
        Member second = data.member("Rob Reply");
        try (SseClient walled = SseClient.open(data.port(), "/live/articles/" + premium.id())) {
            assertThat(walled.status()).isEqualTo(200);
            PostResult thread = comments.post(author(first), premium.id(), null,
                    "Subscribers only: I read the whole leaked draft last night.");
            PostResult reply = comments.post(author(second), premium.id(), thread.commentId(),
                    "Thank you, I had not seen the draft before today.");
            assertThat(reply.outcome()).isEqualTo(PostResult.Outcome.PUBLISHED);
            assertThat(walled.next(QUIET, "comment", "comment-removed")).isNull();
        }
        Article free = data.publishedStory();
        try (SseClient reader = SseClient.open(data.port(), "/live/articles/" + free.id())) {
            PostResult thread = comments.post(author(first), free.id(), null,
                    "The new bridge will help the town a great deal.");
            PostResult reply = comments.post(author(second), free.id(), thread.commentId(),
                    "I agree that the bridge will help the town.");
            SseClient.Event replied = null;
            for (SseClient.Event e; (e = reader.next(WAIT, "comment")) != null; ) {
                if (e.data().contains("\"id\":" + reply.commentId())) {
                    replied = e;
                    break;
                }
            }
            assertThat(replied).isNotNull();
            assertThat(replied.data()).contains("\"rootId\":" + thread.commentId());
        }
    }

    private static Comments.Author author(Member member) {
        return new Comments.Author(member.id(), member.displayName());
    }
}
