package news.dateline.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleDraftBuilder;
import news.dateline.live.blog.EntryForm;
import news.dateline.live.blog.LiveBlogs;
import news.dateline.member.SignedInMember;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.SecondNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The live stream over real HTTP connections: entries reach readers on every node, a reconnecting reader resumes
 * from {@code Last-Event-ID} without losing or repeating any, and the wall holds over the stream.
 */
@IntegrationTest
class LiveStreamIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    LiveBlogs blogs;

    @Test
    void anEntryPostedOnOneNodeReachesAReaderConnectedToTheOther() throws Exception {
        Article article = liveBlog(d -> d);
        try (SecondNode other = data.secondNode();
             SseClient reader = SseClient.open(other.port(), "/live/articles/" + article.id())) {
            assertThat(reader.status()).isEqualTo(200);
            assertThat(reader.response().headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            // a stream read by anyone starts no session
            assertThat(reader.response().headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION"));

            blogs.post(editor(), article.id(), entry("Talks resume in Brussels at dawn."));

            SseClient.Event event = reader.next(WAIT, "entry");
            assertThat(event).isNotNull();
            assertThat(event.data()).contains("Talks resume in Brussels at dawn.");
        }
    }

    @Test
    void aReaderWhoReconnectsWithTheLastEventIdGetsWhatTheyMissedOnceAndInOrder() throws Exception {
        Article article = liveBlog(d -> d);
        String lastId;
        try (SseClient reader = SseClient.open(port, "/live/articles/" + article.id())) {
            blogs.post(editor(), article.id(), entry("First: the ministers arrive."));
            blogs.post(editor(), article.id(), entry("Second: the doors close."));
            SseClient.Event first = reader.next(WAIT, "entry");
            SseClient.Event second = reader.next(WAIT, "entry");
            assertThat(first.data()).contains("First:");
            assertThat(second.data()).contains("Second:");
            lastId = second.id();
        }
        // posted while the reader was away
        blogs.post(editor(), article.id(), entry("Third: a statement is expected."));
        blogs.post(editor(), article.id(), entry("Fourth: the statement is delayed."));

        try (SseClient back = SseClient.open(port, "/live/articles/" + article.id(), "Last-Event-ID", lastId)) {
            blogs.post(editor(), article.id(), entry("Fifth: the statement is read."));
            List<String> got = new ArrayList<>();
            for (SseClient.Event e; (e = back.next(Duration.ofSeconds(3), "entry")) != null; ) {
                got.add(e.data().replaceAll(".*(First|Second|Third|Fourth|Fifth):.*", "$1"));
            }
            assertThat(got).containsExactly("Third", "Fourth", "Fifth");
        }
    }

    @Test
    void aReaderTheWallStopsGetsNoEntriesOverTheStream() throws Exception {
        Article premium = liveBlog(d -> d.premium().headline("Premium: the summit, minute by minute"));
        try (SseClient walled = SseClient.open(port, "/live/articles/" + premium.id());
             SseClient mayRead = SseClient.open(port, "/live/articles/" + premium.id())) {
            // the second is the same anonymous reader too: both are walled on a premium story
            assertThat(walled.status()).isEqualTo(200);
            blogs.post(editor(), premium.id(), entry("Subscribers only: the leaked draft text."));
            assertThat(walled.next(Duration.ofSeconds(3), "entry")).isNull();
            assertThat(mayRead.next(Duration.ofSeconds(1), "entry")).isNull();
        }
    }

    @Test
    void aLastEventIdThatIsNotThisStreamsKindIsRefusedWithTheReason() throws Exception {
        Article article = liveBlog(d -> d);
        try (SseClient bad = SseClient.open(port, "/live/articles/" + article.id(), "Last-Event-ID", "12")) {
            assertThat(bad.status()).isEqualTo(400);
            assertThat(new String(bad.response().body().readAllBytes())).contains("Last-Event-ID must be 2 whole numbers");
        }
        try (SseClient missing = SseClient.open(port, "/live/articles/999999999")) {
            assertThat(missing.status()).isEqualTo(404);
        }
    }

    private Article liveBlog(UnaryOperator<ArticleDraftBuilder> draft) {
        Article article = data.publishedStory(draft);
        blogs.start(editor(), article.id());
        return article;
    }

    private SignedInMember editor() {
        return data.principal("admin@test.local");
    }

    private static EntryForm entry(String text) {
        return new EntryForm(text, null, null, null, null);
    }
}
