package news.dateline.comment;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.comment.store.CommentWriter;
import news.dateline.comment.store.NewComment;
import news.dateline.member.Member;
import news.dateline.member.Members;
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
 * Commenting under articles through the web: posting under the guideline checks, replies, likes, reports, edits
 * within the window, deleting, closing (by an editor and by age), the rate limit and the same text twice, escaping,
 * pages of threads, and counts on lists. The checks are the real guideline pipeline,
 * so every text meant to be published is a full English sentence.
 */
@IntegrationTest
class CommentsIT {

    @Autowired
    TestData data;

    static final String PASSWORD = TestData.PASSWORD;
    static final String FRENCH = "Bonjour, je pense que cet article est très intéressant.";
    static final String INSULT = "What a load of bullshit this report is.";

    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    Members members;
    @Autowired
    Comments comments;
    @Autowired
    CommentRepository repository;
    @Autowired
    CommentWriter writer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Inbox inbox;

    @Test
    void anAnonymousReaderSeesCommentsAndAPromptToSignInWithoutGettingASession() {
        Article article = article();
        Member ana = member("Ana");
        post(ana, article, "The bridge will change how the whole city moves about.");

        WebSession reader = data.anonymous();
        String page = reader.get(article.path()).body();

        assertThat(page).contains("The bridge will change how the whole city moves about.")
                .contains("Comments have to be in English, and in full sentences.")
                .contains("/articles/" + article.id() + "/comments/signin").doesNotContain("name=\"text\"");
        assertThat(reader.cookie("SESSION")).isEmpty();
    }

    @Test
    void aMemberPostsACommentThatIsShownAndStoredWithItsCheckResult() {
        Article article = article();
        Member ana = member("Ana");
        WebSession web = data.signedIn(ana);
        web.get(article.path());

        HttpResponse<String> posted = web.post("/comments", Map.of("articleId", id(article),
                "text", "I think the council made the right call here."));

        assertThat(posted.statusCode()).isEqualTo(302);
        String page = web.follow(posted).body();
        assertThat(page).contains("I think the council made the right call here.").contains("Your comment is published.");
        var stored = jdbc.sql("select status, check_decision, check_verdicts::text from comment where article_id = :a")
                .param("a", article.id()).query().singleRow();
        assertThat(stored.get("status")).isEqualTo("PUBLISHED");
        assertThat(stored.get("check_decision")).isEqualTo("PUBLISH");
        var verdicts = jdbc.sql("select v->>'rule' || ' ' || (v->>'decision') from comment, jsonb_array_elements(check_verdicts) v where article_id = :a")
                .param("a", article.id()).query(String.class).list();
        assertThat(verdicts).containsExactlyInAnyOrder("not_english PUBLISH", "not_full_sentences PUBLISH",
                "abusive PUBLISH", "personal PUBLISH");
    }

    @Test
    void aRejectedCommentIsExplainedAtOnceWithTheTextKeptInTheBox() {
        Article article = article();
        WebSession web = data.signedIn(member("Ana"));
        web.get(article.path());

        HttpResponse<String> htmx = web.post("/comments", Map.of("articleId", id(article), "text", FRENCH),
                "HX-Request", "true");
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).doesNotContain("<html").contains("Comments have to be in English.")
                .contains(">" + FRENCH + "</textarea>");

        HttpResponse<String> plain = web.post("/comments", Map.of("articleId", id(article), "text", INSULT));
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).contains("Comments cannot be abusive").contains(">" + INSULT + "</textarea>");

        assertThat(data.anonymous().get(article.path()).body()).doesNotContain(FRENCH).doesNotContain(INSULT);
        var kept = jdbc.sql("select v->>'rule' from comment, jsonb_array_elements(check_verdicts) v where article_id = :a and status = 'REJECTED' and v->>'decision' = 'REJECT' order by id")
                .param("a", article.id()).query(String.class).list();
        assertThat(kept).containsExactly("not_english", "abusive");
    }

    @Test
    void aHeldCommentIsAwaitingReviewAndOnlyItsAuthorSeesIt() {
        Article article = article();
        Member ana = member("Ana");
        writer.insert(new NewComment(article.id(), null, null, 0, ana.id(), "Ana",
                "A comment a moderator should read first.", CommentStatus.HELD, "REVIEW", "[]", null, clock.instant()));

        assertThat(data.signedIn(ana).get(article.path()).body()).contains("A comment a moderator should read first.")
                .contains("Awaiting review");
        assertThat(data.signedIn(member("Ben")).get(article.path()).body()).doesNotContain("A comment a moderator");
        assertThat(data.anonymous().get(article.path()).body()).doesNotContain("A comment a moderator");
    }

    @Test
    void aMemberWithoutAVerifiedEmailIsAskedToConfirmIt() {
        Article article = article();
        String email = "unverified-" + UUID.randomUUID() + "@test.local";
        members.register(new Members.Registration(email, "Una", PASSWORD, false));
        long id = members.findByEmail(email).orElseThrow().id();

        PostResult result = comments.post(new Comments.Author(id, "Una"), article.id(), null,
                "May I say something about this bridge?");

        assertThat(result.outcome()).isEqualTo(PostResult.Outcome.REFUSED);
        assertThat(result.message()).contains("confirm your email");
        WebSession web = data.anonymous();
        web.signIn(email, PASSWORD);
        assertThat(web.get(article.path()).body()).contains("Please confirm your email address to comment")
                .doesNotContain("name=\"text\"");

        // the page remembers "not yet" for a while, but a confirmation shows the form on the very next view
        String link = inbox.await(email, "Confirm your email").link("/verify-email");
        assertThat(web.post("/verify-email", "token", link.substring(link.indexOf("token=") + 6)).statusCode())
                .isEqualTo(302);
        assertThat(web.get(article.path()).body()).contains("name=\"text\"")
                .doesNotContain("Please confirm your email address to comment");
    }

    @Test
    void repliesAreThreadedTwoLevelsDeep() {
        Article article = article();
        Member ana = member("Ana");
        Member ben = member("Ben");
        long first = post(ana, article, "I think the first thought on the bridge is the right one.");
        long reply = reply(ben, article, first, "A reply to that first thought.");
        long deeper = reply(ana, article, reply, "I would add an answer to the reply above.");
        long deepest = reply(ben, article, deeper, "And here is one more answer in the same thread.");

        assertThat(repository.find(reply).orElseThrow().depth()).isEqualTo(1);
        assertThat(repository.find(deeper).orElseThrow().depth()).isEqualTo(2);
        assertThat(repository.find(deepest).orElseThrow()).satisfies(c -> {
            assertThat(c.depth()).isEqualTo(2);
            assertThat(c.rootId()).isEqualTo(first);
        });
        String page = data.anonymous().get(article.path()).body();
        assertThat(page).contains("class=\"comment-replies\"").contains("comment depth-1").contains("comment depth-2");
        assertThat(page.indexOf("A reply to that first thought.")).isLessThan(page.indexOf("I would add an answer to the reply above."));
    }

    @Test
    void aMemberLikesACommentOnceAndCanTakeTheLikeBack() {
        Article article = article();
        long comment = post(member("Ana"), article, "A comment worth liking, I hope.");
        Member ben = member("Ben");
        WebSession web = data.signedIn(ben);
        web.get(article.path());

        web.post("/comments/" + comment + "/like", Map.of("liked", "true"));
        web.post("/comments/" + comment + "/like", Map.of("liked", "true"));
        comments.like(ben.id(), comment);
        assertThat(repository.find(comment).orElseThrow().likes()).isEqualTo(1);
        assertThat(web.get(article.path()).body()).contains("1 like").contains("aria-pressed=\"true\"");

        web.post("/comments/" + comment + "/like", Map.of("liked", "false"));
        assertThat(repository.find(comment).orElseThrow().likes()).isZero();
    }

    @Test
    void aMemberReportsACommentOnceWithAReason() {
        Article article = article();
        long comment = post(member("Ana"), article, "A comment someone will report.");
        WebSession web = data.signedIn(member("Ben"));
        web.get(article.path());

        HttpResponse<String> noReason = web.post("/comments/" + comment + "/report", Map.of(), "HX-Request", "true");
        assertThat(noReason.body()).contains("Choose why you are reporting this comment.");
        assertThat(web.post("/comments/" + comment + "/report", Map.of("reason", "SPAM"), "HX-Request", "true").body())
                .contains("A moderator will look at the comment you reported.");
        assertThat(web.post("/comments/" + comment + "/report", Map.of("reason", "ABUSIVE"), "HX-Request", "true").body())
                .contains("You have already reported this comment.");

        assertThat(jdbc.sql("select reason from comment_report where comment_id = :c").param("c", comment)
                .query(String.class).list()).containsExactly("SPAM");
    }

    @Test
    void aCommentCanBeEditedWithinTheWindowAndEditsAreCheckedAgain() {
        Article article = article();
        Member ana = member("Ana");
        long comment = post(ana, article, "The bridge opens in spring, says the council.");
        WebSession web = data.signedIn(ana);
        web.get(article.path());

        web.post("/comments/" + comment + "/edit", Map.of("text", "The bridge opens next spring, says the council."));
        String page = web.get(article.path()).body();
        assertThat(page).contains("The bridge opens next spring, says the council.").contains("(edited)");

        HttpResponse<String> rejected = web.post("/comments/" + comment + "/edit", Map.of("text", INSULT),
                "HX-Request", "true");
        assertThat(rejected.body()).contains("Comments cannot be abusive").contains(">" + INSULT + "</textarea>");
        assertThat(repository.find(comment).orElseThrow().body()).isEqualTo("The bridge opens next spring, says the council.");

        clock.advance(Duration.ofMinutes(11));
        PostResult late = comments.edit(ana.id(), comment, "Too late to change this now, surely.");
        assertThat(late.outcome()).isEqualTo(PostResult.Outcome.REFUSED);
        assertThat(late.message()).contains("10 minutes");
        assertThat(web.get(article.path()).body()).doesNotContain("edit-" + comment);
    }

    @Test
    void onlyTheAuthorEditsOrDeletes() {
        Article article = article();
        long comment = post(member("Ana"), article, "Only Ana may change this comment.");
        WebSession ben = data.signedIn(member("Ben"));
        ben.get(article.path());

        assertThat(ben.post("/comments/" + comment + "/delete", Map.of()).statusCode()).isEqualTo(403);
        assertThat(ben.post("/comments/" + comment + "/edit", Map.of("text", "Ben was here instead.")).statusCode())
                .isEqualTo(403);
        assertThat(repository.find(comment).orElseThrow().status()).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void aDeletedCommentLeavesAMarkWhereItHasRepliesAndVanishesElsewhere() {
        Article article = article();
        Member ana = member("Ana");
        long withReplies = post(ana, article, "A comment that gets an answer.");
        reply(member("Ben"), article, withReplies, "Here is the answer it got.");
        long alone = post(ana, article, "A comment nobody answered.");
        WebSession web = data.signedIn(ana);
        web.get(article.path());

        web.post("/comments/" + withReplies + "/delete", Map.of());
        web.post("/comments/" + alone + "/delete", Map.of());

        String page = data.anonymous().get(article.path()).body();
        assertThat(page).contains("Comment deleted").contains("Here is the answer it got.")
                .doesNotContain("A comment that gets an answer.").doesNotContain("A comment nobody answered.");
        assertThat(repository.find(alone).orElseThrow().body()).isEmpty();
    }

    @Test
    void anEditorClosesAndReopensAnArticlesComments() {
        Article article = article();
        Member editor = data.withRoles("Eddie Editor", Role.EDITOR);
        WebSession desk = data.signedIn(editor);
        assertThat(desk.get(article.path()).body()).contains("Close comments");

        desk.post("/admin/comments/articles/" + article.id() + "/closed", Map.of("closed", "true"));

        Member ana = member("Ana");
        assertThat(data.signedIn(ana).get(article.path()).body()).contains("Comments are closed on this article.")
                .doesNotContain("name=\"text\"");
        assertThat(comments.post(author(ana), article.id(), null, "Can I still say something here?").message())
                .isEqualTo("Comments are closed on this article.");

        desk.get(article.path());
        desk.post("/admin/comments/articles/" + article.id() + "/closed", Map.of("closed", "false"));
        assertThat(comments.post(author(ana), article.id(), null, "Now I can say something here.").accepted()).isTrue();
    }

    @Test
    void aMemberCannotCloseComments() {
        Article article = article();
        WebSession web = data.signedIn(member("Ana"));
        web.get(article.path());
        assertThat(web.post("/admin/comments/articles/" + article.id() + "/closed", Map.of("closed", "true"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void commentsCloseByThemselvesWhenTheArticleIsOld() {
        Article article = article();
        Member ana = member("Ana");
        post(ana, article, "Said while the article was new.");

        clock.advance(Duration.ofDays(14));

        assertThat(data.anonymous().get(article.path()).body()).contains("Comments are closed on this article.")
                .contains("Said while the article was new.");
        assertThat(comments.post(author(ana), article.id(), null, "Said once the article was old.").outcome())
                .isEqualTo(PostResult.Outcome.REFUSED);
    }

    @Test
    void theSameTextTwiceInARowIsRefused() {
        Article article = article();
        Member ana = member("Ana");
        post(ana, article, "I said this once and that was enough.");

        PostResult again = comments.post(author(ana), article.id(), null, "I said this once and that was enough.  ");

        assertThat(again.outcome()).isEqualTo(PostResult.Outcome.REFUSED);
        assertThat(again.message()).isEqualTo("You have just posted this same comment.");
    }

    @Test
    void postingIsRateLimitedPerMember() {
        Article article = article();
        Member ana = member("Ana");
        // start at the beginning of a limit window, so all posts fall in one
        long window = comments.properties().postLimit().window().toMillis();
        clock.advance(Duration.ofMillis(window - Math.floorMod(clock.millis(), window) + 1));
        int allowed = comments.properties().postLimit().hits();
        for (int i = 0; i < allowed; i++) {
            assertThat(comments.post(author(ana), article.id(), null, "This is comment number " + i + " on the bridge.")
                    .accepted()).isTrue();
        }

        PostResult tooMany = comments.post(author(ana), article.id(), null, "I have one comment too many on the bridge.");

        assertThat(tooMany.outcome()).isEqualTo(PostResult.Outcome.REFUSED);
        assertThat(tooMany.message()).contains("commenting very quickly");
        assertThat(comments.post(author(member("Ben")), article.id(), null, "Ben has his own allowance.").accepted())
                .isTrue();
    }

    @Test
    void markupInACommentIsShownAsTextAndLinksCarryNoEndorsement() {
        Article article = article();
        post(member("Ana"), article, """
                The figures are in the report, and I think they tell another story.
                <script>alert('xss')</script><img src=x onerror=alert(1)>
                See https://example.com/report?a=1&b=2 for more.
                <a href="javascript:alert(1)">click</a>""");

        String page = data.anonymous().get(article.path()).body();

        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .doesNotContain("<a href=\"javascript")
                .contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;<br>")
                .contains("<a href=\"https://example.com/report?a=1&amp;b=2\" rel=\"nofollow ugc noopener\">");
    }

    @Test
    void theFirstPageShowsTwentyThreadsAndTheRestLoadOnDemand() {
        Article article = article();
        Member ana = member("Ana");
        for (int i = 0; i < 25; i++) {
            writer.insert(new NewComment(article.id(), null, null, 0, ana.id(), "Ana",
                    "Paged comment " + (100 + i) + ".", CommentStatus.PUBLISHED, "PUBLISH", "[]", null,
                    clock.instant().plusMillis(i)));
        }
        WebSession reader = data.anonymous();
        String first = reader.get(article.path()).body();
        assertThat(count(first, "Paged comment ")).isEqualTo(20);
        assertThat(first).contains("Paged comment 124.").doesNotContain("Paged comment 104.");

        Matcher more = Pattern.compile("class=\"button\" href=\"([^\"]+)\" hx-get=\"([^\"]+)\"").matcher(first);
        assertThat(more.find()).isTrue();
        String rest = reader.get(more.group(1).replace("&amp;", "&")).body();
        assertThat(count(rest, "Paged comment ")).isEqualTo(5);
        assertThat(rest).contains("Paged comment 104.").contains("Paged comment 100.").contains("<html");
        String fragment = reader.get(more.group(2).replace("&amp;", "&"), "HX-Request", "true").body();
        assertThat(fragment).doesNotContain("<html").contains("Paged comment 100.").doesNotContain("Load more");

        String oldest = reader.get(article.path() + "?sort=oldest").body();
        assertThat(oldest).contains("Paged comment 100.").doesNotContain("Paged comment 124.");
    }

    @Test
    void mostLikedThreadsComeFirstWhenAsked() {
        Article article = article();
        Member ana = member("Ana");
        long quiet = post(ana, article, "A quiet comment few will like.");
        long popular = post(member("Ben"), article, "A popular comment many will like.");
        comments.like(member("Cy").id(), popular);
        comments.like(member("Di").id(), popular);
        assertThat(quiet).isPositive();

        String page = data.anonymous().get(article.path() + "?sort=liked").body();
        assertThat(page.indexOf("A popular comment")).isLessThan(page.indexOf("A quiet comment"));
    }

    @Test
    void articleListsShowCommentCounts() {
        Section section = sections.ensure("comment-count-" + UUID.randomUUID().toString().substring(0, 6),
                "Comment counts", 96);
        Article article = articles.publish(articles.create(anArticle().inSection(section)
                .headline("Counted " + UUID.randomUUID()).build(), null).id(), null);
        post(member("Ana"), article, "This is the first of two comments here.");
        post(member("Ben"), article, "This is the second of two comments here.");

        assertThat(data.anonymous().get(section.path()).body()).contains("2 comments</a>");
    }

    private static int count(String page, String text) {
        int n = 0;
        for (int at = page.indexOf(text); at >= 0; at = page.indexOf(text, at + 1)) {
            n++;
        }
        return n;
    }

    private long post(Member member, Article article, String text) {
        PostResult result = comments.post(author(member), article.id(), null, text);
        assertThat(result.outcome()).as(result.message()).isEqualTo(PostResult.Outcome.PUBLISHED);
        return result.commentId();
    }

    private long reply(Member member, Article article, long parent, String text) {
        PostResult result = comments.post(author(member), article.id(), parent, text);
        assertThat(result.outcome()).as(result.message()).isEqualTo(PostResult.Outcome.PUBLISHED);
        return result.commentId();
    }

    private static Comments.Author author(Member member) {
        return new Comments.Author(member.id(), member.displayName());
    }

    private static String id(Article article) {
        return String.valueOf(article.id());
    }

    private Member member(String name) {
        return data.withRoles(name, Role.MEMBER);
    }

    private Article article() {
        Section section = sections.ensure("comment-tests", "Comment tests", 97);
        return articles.publish(articles.create(anArticle().inSection(section)
                .headline("Commented story " + UUID.randomUUID()).build(), null).id(), null);
    }
}
