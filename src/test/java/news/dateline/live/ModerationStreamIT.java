package news.dateline.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import news.dateline.article.Article;
import news.dateline.comment.Comments;
import news.dateline.comment.PostResult;
import news.dateline.comment.moderation.Moderation;
import news.dateline.comment.moderation.Moderator;
import news.dateline.member.Member;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The moderators' live queues over real HTTP: a comment held for review reaches an open moderation stream, and a
 * decision one moderator makes reaches the other's; the stream and a held comment's entry are refused to readers.
 */
@IntegrationTest
class ModerationStreamIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    TestData data;
    @Autowired
    Comments comments;
    @Autowired
    Moderation moderation;

    @Test
    void aHeldCommentAndAnotherModeratorsDecisionReachAnOpenQueue() throws Exception {
        Article article = data.publishedStory();
        Member author = data.member("Petra Premod");
        Member mona = data.moderator();
        Member max = data.withRoles("Max Moderator", news.dateline.member.Role.MODERATOR);
        moderation.premoderate(author.id(), true, new Moderator(mona.id(), mona.displayName()));
        WebSession monaSession = data.signedIn(mona);
        WebSession maxSession = data.signedIn(max);

        String page = monaSession.get("/admin/moderation").body();
        assertThat(page).contains("data-live-stream=\"/admin/moderation/live?from=")
                .contains("src=\"/js/moderation-live.js\"");

        try (SseClient queue = SseClient.open(data.port(), "/admin/moderation/live", "Cookie", session(monaSession))) {
            assertThat(queue.status()).isEqualTo(200);
            PostResult held = comments.post(new Comments.Author(author.id(), author.displayName()), article.id(), null,
                    "The ministers should <em>publish</em> the draft text before the vote.");
            assertThat(held.outcome()).isEqualTo(PostResult.Outcome.HELD);

            SseClient.Event arrived = queue.next(WAIT, "held");
            assertThat(arrived).isNotNull();
            assertThat(arrived.data()).isEqualTo("{\"id\":" + held.commentId() + ",\"status\":\"HELD\"}");
            // the page fetches the entry with the moderator's own forms; the text is escaped as on the page
            var entry = monaSession.get("/admin/moderation/comments/" + held.commentId() + "/entry?back=pending");
            assertThat(entry.statusCode()).isEqualTo(200);
            assertThat(entry.body()).contains("id=\"entry-" + held.commentId() + "\"")
                    .contains("&lt;em&gt;publish&lt;/em&gt;").contains("name=\"_csrf\"")
                    .contains("/admin/moderation/comments/" + held.commentId() + "/approve");

            maxSession.get("/admin/moderation");
            var approved = maxSession.post("/admin/moderation/comments/" + held.commentId() + "/approve",
                    "back", "pending");
            assertThat(approved.statusCode()).isEqualTo(302);
            SseClient.Event decided = queue.next(WAIT, "decided");
            assertThat(decided).isNotNull();
            assertThat(decided.data()).isEqualTo("{\"id\":" + held.commentId() + ",\"status\":\"PUBLISHED\"}");
        }
    }

    @Test
    void readersAndEditorsAreRefusedTheModerationStreamAndItsEntries() throws Exception {
        WebSession reader = data.signedIn(data.member("Rhea Reader"));
        try (SseClient refused = SseClient.open(data.port(), "/admin/moderation/live", "Cookie", session(reader))) {
            assertThat(refused.status()).isEqualTo(403);
        }
        try (SseClient anonymous = SseClient.open(data.port(), "/admin/moderation/live")) {
            assertThat(anonymous.status()).isNotEqualTo(200);
        }
        WebSession editor = data.signedIn(data.editor());
        try (SseClient refused = SseClient.open(data.port(), "/admin/moderation/live", "Cookie", session(editor))) {
            assertThat(refused.status()).isEqualTo(403);
        }
        assertThat(reader.get("/admin/moderation/comments/1/entry").statusCode()).isEqualTo(403);
    }

    private static String session(WebSession session) {
        return "SESSION=" + session.cookie("SESSION").orElseThrow();
    }
}
