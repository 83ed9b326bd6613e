package news.dateline.comment.moderation;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.comment.AuthorStandings;
import news.dateline.comment.CommentPreferences;
import news.dateline.comment.Comments;
import news.dateline.comment.PostResult;
import news.dateline.comment.ReportReason;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.Inbox;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The community desk over HTTP and through the service: the queues, approving and rejecting (one at a time, in bulk
 * and racing), reports, featuring, sanctions on authors, the mails each sends, the log, and who may do any of it.
 */
@IntegrationTest
class ModerationIT {

    @Autowired
    TestData data;

    static final String PASSWORD = TestData.PASSWORD;
    static final String CIVIL = "I think the council made the right call on the new bridge.";

    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    Comments comments;
    @Autowired
    Moderation moderation;
    @Autowired
    AuthorStandings standings;
    @Autowired
    CommentPreferences preferences;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Inbox inbox;

    @Test
    void aPremoderatedMembersCommentWaitsInThePendingQueueUntilAModeratorApprovesIt() {
        Article article = article();
        Member ana = member("Ana", Role.MEMBER);
        Member mod = member("Mo", Role.MODERATOR);
        standings.premoderate(ana.id(), true, mod.id());

        PostResult held = comments.post(author(ana), article.id(), null, CIVIL);
        assertThat(held.outcome()).isEqualTo(PostResult.Outcome.HELD);
        assertThat(data.anonymous().get(article.path()).body()).doesNotContain(CIVIL);

        WebSession desk = signedIn(mod);
        String queue = desk.get("/admin/moderation?queue=pending").body();
        assertThat(queue).contains(CIVIL).contains(article.headline())
                .contains("Held: The author is pre-moderated")
                .contains("not english: publish").contains("/admin/moderation/members/" + ana.id());

        HttpResponse<String> approved = desk.post("/admin/moderation/comments/" + held.commentId() + "/approve",
                Map.of("back", "pending"));
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(desk.follow(approved).body()).contains("Comment " + held.commentId() + " approved.");
        assertThat(data.anonymous().get(article.path()).body()).contains(CIVIL);
        assertThat(inbox.await(ana.email(), "Your comment is published").text()).contains(article.headline());
        assertThat(desk.get("/admin/moderation?queue=approved").body()).contains(CIVIL).contains("Approved by Mo");
        assertThat(log(held.commentId())).containsExactly("approve by Mo");
    }

    @Test
    void aRejectionTakesTheReplyOutOfItsThreadAndMailsTheAuthorTheReason() {
        Article article = article();
        Member ana = member("Ana", Role.MEMBER);
        Member ben = member("Ben", Role.MEMBER);
        Member mod = member("Mo", Role.MODERATOR);
        long parent = comments.post(author(ana), article.id(), null, CIVIL).commentId();
        long reply = comments.post(author(ben), article.id(), parent,
                "I disagree, because the old ferry was cheaper and it served the islands well.").commentId();
        assertThat(replyCount(parent)).isEqualTo(1);

        WebSession desk = signedIn(mod);
        desk.post("/admin/moderation/comments/" + reply + "/reject",
                Map.of("reason", "It is off topic.", "note", "Please keep to the bridge.", "back", "pending"));

        assertThat(status(reply)).isEqualTo("REJECTED");
        assertThat(replyCount(parent)).isZero();
        assertThat(data.anonymous().get(article.path()).body()).doesNotContain("the old ferry was cheaper");
        assertThat(inbox.await(ben.email(), "Your comment was not published").text())
                .contains("The reason: It is off topic. Please keep to the bridge.");
        assertThat(desk.get("/admin/moderation?queue=rejected").body()).contains("the old ferry was cheaper")
                .contains("Rejected by Mo");
    }

    @Test
    void reportedCommentsQueueUntilAModeratorKeepsOrRejectsThem() {
        Article article = article();
        Member ana = member("Ana", Role.MEMBER);
        long kept = comments.post(author(ana), article.id(), null, CIVIL).commentId();
        long removed = comments.post(author(ana), article.id(), null,
                "The contractor has a poor record on the last two bridges it built.").commentId();
        for (String name : List.of("Cy", "Di")) {
            Member reader = member(name, Role.MEMBER);
            comments.report(reader.id(), kept, ReportReason.OFF_TOPIC, "not about <b>this</b>");
            comments.report(reader.id(), removed, ReportReason.PERSONAL, null);
        }
        WebSession desk = signedIn(member("Mo", Role.MODERATOR));
        String reported = desk.get("/admin/moderation?queue=reported").body();
        assertThat(reported).contains(CIVIL).contains("Off topic: “not about &lt;b&gt;this&lt;/b&gt;”")
                .contains("Keep (dismiss reports)");

        desk.post("/admin/moderation/comments/" + kept + "/approve", Map.of("back", "reported"));
        desk.post("/admin/moderation/comments/" + removed + "/reject", Map.of("reason", "It is abusive.", "back", "reported"));

        String after = desk.get("/admin/moderation?queue=reported").body();
        assertThat(after).doesNotContain(CIVIL).doesNotContain("poor record");
        assertThat(status(kept)).isEqualTo("PUBLISHED");
        assertThat(status(removed)).isEqualTo("REJECTED");
        assertThat(jdbc.sql("select count(*) from comment_report where comment_id in (:ids) and resolved_at is null")
                .param("ids", List.of(kept, removed)).query(Integer.class).single()).isZero();
    }

    @Test
    void bulkApprovalActsOnEveryTickedCommentAndSaysWhichWereAlreadyDecided() {
        Article article = article();
        Member ana = member("Ana", Role.MEMBER);
        Member mod = member("Mo", Role.MODERATOR);
        standings.premoderate(ana.id(), true, mod.id());
        long first = comments.post(author(ana), article.id(), null, CIVIL).commentId();
        long second = comments.post(author(ana), article.id(), null,
                "The tolls should be lower for people who cross every day.").commentId();
        WebSession desk = signedIn(mod);
        moderation.approve(List.of(first), new Moderator(mod.id(), "Mo"));

        HttpResponse<String> bulk = desk.postRepeated("/admin/moderation/bulk", "ids", String.valueOf(first),
                "ids", String.valueOf(second), "action", "approve", "back", "pending");

        assertThat(desk.follow(bulk).body()).contains("Approved 1 of 2 comments (the others were already decided).");
        assertThat(status(second)).isEqualTo("PUBLISHED");
    }

    @Test
    void twoModeratorsApprovingTheSameCommentAtOnceApproveItOnceAndMailOnce() throws Exception {
        Article article = article();
        Member ana = member("Ana", Role.MEMBER);
        Member mo = member("Mo", Role.MODERATOR);
        Member max = member("Max", Role.MODERATOR);
        standings.premoderate(ana.id(), true, mo.id());
        long held = comments.post(author(ana), article.id(), null, CIVIL).commentId();

        CountDownLatch start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            Callable<Integer> byMo = () -> {
                start.await();
                return moderation.approve(List.of(held), new Moderator(mo.id(), "Mo"));
            };
            Callable<Integer> byMax = () -> {
                start.await();
                return moderation.approve(List.of(held), new Moderator(max.id(), "Max"));
            };
            var a = pool.submit(byMo);
            var b = pool.submit(byMax);
            start.countDown();
            assertThat(a.get() + b.get()).isEqualTo(1);
        }
        assertThat(log(held)).hasSize(1);
        inbox.await(ana.email(), "Your comment is published");
        // a second approval would have queued a second mail: none arrives while the outbox keeps sending
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() ->
                inbox.to(ana.email()).stream().filter(m -> m.subject().contains("published")).count() == 1);
    }

    @Test
    void sanctionsStopOrHoldAMembersCommentsAndAreLogged() {
        Article article = article();
        Member ana = member("Ana", Role.MEMBER);
        Member mod = member("Mo", Role.MODERATOR);
        WebSession desk = signedIn(mod);
        String record = "/admin/moderation/members/" + ana.id();

        desk.post(record + "/warn", Map.of("message", "Please argue with the idea, not the person."));
        assertThat(inbox.await(ana.email(), "A message from the moderators").text())
                .contains("Please argue with the idea, not the person.");

        desk.post(record + "/suspend", Map.of("days", "3"));
        PostResult suspended = comments.post(author(ana), article.id(), null, CIVIL);
        assertThat(suspended.outcome()).isEqualTo(PostResult.Outcome.REFUSED);
        assertThat(suspended.message()).contains("Your commenting is suspended until");
        clock.advance(Duration.ofDays(3).plusMinutes(1));
        assertThat(comments.post(author(ana), article.id(), null, CIVIL).accepted()).isTrue();

        desk.post(record + "/ban", Map.of("on", "true"));
        assertThat(comments.post(author(ana), article.id(), null, "A second thought on the bridge, if I may.")
                .message()).contains("can no longer post comments");
        assertThat(desk.get(record).body()).contains("banned").contains("warned once")
                .contains("Lift ban");
        desk.post(record + "/ban", Map.of("on", "false"));
        assertThat(comments.post(author(ana), article.id(), null, "A second thought on the bridge, if I may.")
                .accepted()).isTrue();

        assertThat(jdbc.sql("select action from comment_moderation_log where member_id = :m order by id")
                .param("m", ana.id()).query(String.class).list())
                .containsExactly("warn", "suspend", "ban", "unban");
        assertThat(desk.get("/admin/moderation/log").body()).contains("unban").contains(ana.displayName());
    }

    @Test
    void aMemberWhoAskedForThemGetsAMailWhenSomeoneRepliesAndNotOtherwise() {
        Article article = article();
        Member ana = member("Ana", Role.MEMBER);
        Member ben = member("Ben", Role.MEMBER);
        long parent = comments.post(author(ana), article.id(), null, CIVIL).commentId();
        comments.post(author(ben), article.id(), parent, "I agree with you, and the cycle lane is a bonus too.");

        WebSession web = signedIn(ana);
        web.get(article.path());
        String section = web.post("/comments/notifications", Map.of("articleId", String.valueOf(article.id()),
                "replies", "true"), "HX-Request", "true").body();
        assertThat(section).contains("We email you when someone replies to your comments.").contains("Stop these emails");
        assertThat(preferences.notifyReplies(ana.id())).isTrue();
        PostResult posted = comments.post(author(ben), article.id(), parent,
                "On second thought, the toll worries me more than the lane does.");
        assertThat(posted.outcome()).as(posted.message()).isEqualTo(PostResult.Outcome.PUBLISHED);
        long reply = posted.commentId();

        Inbox.Mail mail = inbox.await(ana.email(), "Ben replied to your comment");
        assertThat(mail.text()).contains("the toll worries me").contains(article.path() + "#comment-" + reply);
        assertThat(inbox.to(ana.email()).stream().filter(m -> m.subject().contains("replied"))).hasSize(1);
    }

    @Test
    void aFeaturedCommentCarriesABadgeOnTheArticle() {
        Article article = article();
        Member ana = member("Ana", Role.MEMBER);
        long id = comments.post(author(ana), article.id(), null, CIVIL).commentId();
        WebSession desk = signedIn(member("Mo", Role.MODERATOR));

        desk.post("/admin/moderation/comments/" + id + "/feature", Map.of("featured", "true"));

        assertThat(data.anonymous().get(article.path()).body()).contains("Featured by our moderators");
        assertThat(log(id)).containsExactly("feature by Mo");
    }

    @Test
    void onlyModeratorsAndAdminsReachTheQueuesAndEveryActionNeedsTheCsrfToken() {
        Member ana = member("Ana", Role.MEMBER);
        for (Role role : List.of(Role.MEMBER, Role.EDITOR)) {
            WebSession session = signedIn(member("Someone", role));
            assertThat(session.get("/admin/moderation").statusCode()).as(role.name()).isEqualTo(403);
            assertThat(session.post("/admin/moderation/members/" + ana.id() + "/ban", Map.of("on", "true"))
                    .statusCode()).as(role.name()).isEqualTo(403);
        }
        assertThat(data.anonymous().get("/admin/moderation").statusCode()).isEqualTo(302);
        for (Role role : List.of(Role.MODERATOR, Role.ADMIN)) {
            assertThat(signedIn(member("Staff", role)).get("/admin/moderation").statusCode()).as(role.name())
                    .isEqualTo(200);
        }
        WebSession mod = signedIn(member("Mo", Role.MODERATOR));
        var noToken = mod.postRaw("/admin/moderation/members/" + ana.id() + "/ban", Map.of("on", "true"), Map.of());
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(standings.of(ana.id()).banned()).isFalse();
    }

    @Test
    void markupInAHeldCommentIsShownAsTextToTheModerators() {
        Article article = article();
        Member ana = member("Ana", Role.MEMBER);
        Member mod = member("Mo", Role.MODERATOR);
        standings.premoderate(ana.id(), true, mod.id());
        comments.post(author(ana), article.id(), null,
                "I think the figures tell another story here. <script>alert('x')</script><img src=x onerror=alert(1)>");

        String queue = signedIn(mod).get("/admin/moderation?queue=pending").body();

        assertThat(queue).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    private List<String> log(long commentId) {
        return jdbc.sql("select action || ' by ' || moderator from comment_moderation_log where comment_id = :c order by id")
                .param("c", commentId).query(String.class).list();
    }

    private String status(long commentId) {
        return jdbc.sql("select status from comment where id = :id").param("id", commentId).query(String.class).single();
    }

    private int replyCount(long commentId) {
        return jdbc.sql("select reply_count from comment where id = :id").param("id", commentId)
                .query(Integer.class).single();
    }

    private static Comments.Author author(Member member) {
        return new Comments.Author(member.id(), member.displayName());
    }

    private Member member(String name, Role role) {
        return data.withRoles(name, role);
    }

    private WebSession signedIn(Member member) {
        WebSession session = data.signedIn(member);
        return session;
    }

    private Article article() {
        var section = sections.ensure("moderation-tests", "Moderation tests", 98);
        return articles.publish(articles.create(anArticle().inSection(section)
                .headline("Moderated story " + UUID.randomUUID()).build(), null).id(), null);
    }
}
