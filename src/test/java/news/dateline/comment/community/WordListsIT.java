package news.dateline.comment.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import news.dateline.article.Article;
import news.dateline.comment.Comments;
import news.dateline.comment.PostResult;
import news.dateline.comment.check.CommentChecks;
import news.dateline.comment.check.Decision;
import news.dateline.member.Member;
import news.dateline.support.IntegrationTest;
import news.dateline.support.SecondNode;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The community desk edits the abuse check's word lists on /admin/community/word-lists, and each change applies to
 * the very next comment, on this node and on another. Words are made up for each test, so tests do not meet.
 */
@IntegrationTest
class WordListsIT {

    @Autowired
    TestData data;
    @Autowired
    Comments comments;
    @Autowired
    CommentChecks checks;
    @Autowired
    WordListEditor editor;
    @Autowired
    JdbcClient jdbc;

    CommunityTestPeople people;

    @BeforeEach
    void people() {
        people = new CommunityTestPeople(data);
    }

    @Test
    void theDeskSeesTheListsOnTheEvaluationSetAndTriesAChangeWithoutSavingIt() {
        WebSession desk = people.signedIn(people.moderator("Eva Luator"));
        assertThat(desk.get("/admin/community/word-lists").body())
                .contains("href=\"/admin/community/word-lists/evaluation\"");

        String now = desk.get("/admin/community/word-lists/evaluation").body();
        assertThat(now).contains("Civil comments published", "The current lists", "not_full_sentences",
                "<th>abusive</th>");

        // "the" on the banned list would reject nearly every civil comment: the page says so, and saves nothing
        String tried = desk.get("/admin/community/word-lists/evaluation?entry=the&change=banned").body();
        assertThat(tried).contains("With “the” on the banned list", "Comments it decides differently",
                "reject (abusive)");
        assertThat(editor.list("the").banned()).doesNotContain("the");
    }

    @Test
    void aBannedWordAddedInTheNewsroomRejectsTheNextCommentAndRemovingItLetsCommentsThrough() {
        String word = madeUpWord();
        Article article = people.article();
        WebSession desk = people.signedIn(people.moderator("Mo Derator"));
        desk.get("/admin/community/word-lists");

        String added = desk.follow(desk.post("/admin/community/word-lists/add", Map.of("entry", word, "tier", "BANNED")))
                .body();

        assertThat(added).contains("Added “" + word + "” to the banned list");
        PostResult rejected = post(people.member("Ann"), article, "I think the " + word + " plan is a poor idea.");
        assertThat(rejected.outcome()).isEqualTo(PostResult.Outcome.REJECTED);
        assertThat(rejected.message()).contains("Comments cannot be abusive");

        String removed = desk.follow(desk.post("/admin/community/word-lists/remove", Map.of("entry", word))).body();

        assertThat(removed).contains("Removed “" + word + "” from the banned list.");
        assertThat(post(people.member("Ben"), article, "I think the " + word + " plan is a poor idea.").outcome())
                .isEqualTo(PostResult.Outcome.PUBLISHED);
        assertThat(desk.get("/admin/community/word-lists").body())
                .contains("“" + word + "” added to banned").contains("“" + word + "” removed from banned")
                .contains("Mo Derator");
        assertThat(jdbc.sql("select count(*) from comment_word_change where entry = :e and changed_by is not null")
                .param("e", word).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aSuspectWordHoldsTheCommentAndMovedToBannedRejectsIt() {
        String word = madeUpWord();
        Article article = people.article();
        long moderator = people.moderator("Mo").id();
        editor.add(word, WordTier.SUSPECT, moderator);

        assertThat(post(people.member("Ann"), article, "The " + word + " crowd were loud at the meeting.").outcome())
                .isEqualTo(PostResult.Outcome.HELD);

        assertThat(editor.move(word, WordTier.BANNED, moderator).message())
                .isEqualTo("Moved “" + word + "” to the banned list: it now rejects the comment.");
        assertThat(post(people.member("Ben"), article, "The " + word + " crowd were loud at the meeting.").outcome())
                .isEqualTo(PostResult.Outcome.REJECTED);
        assertThat(editor.move(word, WordTier.BANNED, moderator).message()).contains("is on the banned list already");
    }

    @Test
    void theShippedListsAreSeededSoTheSiteBehavesAsBefore() {
        assertThat(jdbc.sql("select tier from comment_word where entry = 'bullshit'").query(String.class).single())
                .isEqualTo("BANNED");
        assertThat(checks.check("What a load of bullshit this report is.").decision()).isEqualTo(Decision.REJECT);
        WebSession desk = people.signedIn(people.moderator("Mo"));
        assertThat(desk.get("/admin/community/word-lists?q=bullsh").body()).contains("<td>bullshit</td>")
                .doesNotContain("<td>fuck</td>");
    }

    @Test
    void entriesAreStoredAsTheCheckReadsThemAndBadOnesAreRefusedWithTheTextKept() {
        String word = madeUpWord();
        WebSession desk = people.signedIn(people.admin("Ada Admin"));
        desk.get("/admin/community/word-lists");

        assertThat(add(desk, "  " + word.toUpperCase() + "   Fool  ", "SUSPECT"))
                .contains("Added “" + word + " fool” to the suspect list");
        assertThat(add(desk, word + " fool", "BANNED")).contains("“" + word + " fool” is on the suspect list already.");
        assertThat(add(desk, "   ", "BANNED")).contains("Write a word or phrase first.");
        String tooLong = "a".repeat(40) + " " + "b".repeat(30);
        assertThat(add(desk, tooLong, "BANNED")).contains("is too long: an entry can be at most 60 characters.")
                .contains("value=\"" + tooLong + "\"");
        assertThat(add(desk, "f*ck", "BANNED")).contains("is a masked spelling");
        assertThat(add(desk, "!!!", "BANNED")).contains("has no letters or digits");
        assertThat(jdbc.sql("select tier from comment_word where entry = :e").param("e", word + " fool")
                .query(String.class).single()).isEqualTo("SUSPECT");
    }

    @Test
    void bulkAddTakesOneEntryALineAndNamesTheLinesItRefused() {
        String one = madeUpWord();
        String two = madeUpWord();
        WebSession desk = people.signedIn(people.moderator("Mo"));
        desk.get("/admin/community/word-lists");

        String page = desk.follow(desk.post("/admin/community/word-lists/bulk",
                Map.of("entries", one + "\n\n" + two + "\r\nbullshit\n" + one, "tier", "SUSPECT"))).body();

        assertThat(page).contains("Added 2 entries to the suspect list.")
                .contains("line 4: “bullshit” is on the banned list already.")
                .contains("line 5: “" + one + "” is on the suspect list already.");
        String search = desk.get("/admin/community/word-lists?q=" + two).body();
        assertThat(search).contains("<td>" + two + "</td>").doesNotContain("<td>" + one + "</td>");
    }

    @Test
    void aChangeOnOneNodeReachesTheOtherAtOnce() {
        String word = madeUpWord();
        String text = "Honestly, the " + word + " budget is a bad plan for us.";
        Article article = people.article();
        try (SecondNode other = data.secondNode()) {
            CommentChecks otherChecks = other.bean(CommentChecks.class);
            assertThat(otherChecks.check(text).decision()).isEqualTo(Decision.PUBLISH); // its lists are now cached

            editor.add(word, WordTier.BANNED, people.moderator("Mo").id());

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(otherChecks.check(text).decision()).isEqualTo(Decision.REJECT));
            Member ann = people.member("Ann");
            PostResult onOther = other.bean(Comments.class).post(new Comments.Author(ann.id(), "Ann"), article.id(),
                    null, text);
            assertThat(onOther.outcome()).isEqualTo(PostResult.Outcome.REJECTED);

            other.bean(WordListEditor.class).remove(word, people.moderator("Mo Two").id());

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(checks.check(text).decision()).isEqualTo(Decision.PUBLISH));
        }
    }

    @Test
    void aMemberAndAnEditorCannotChangeTheLists() {
        String word = madeUpWord();
        for (Member someone : new Member[] {people.member("Ann"), people.editor("Ed")}) {
            WebSession web = people.signedIn(someone);
            web.get("/");
            HttpResponse<String> refused = web.post("/admin/community/word-lists/add",
                    Map.of("entry", word, "tier", "BANNED"));
            assertThat(refused.statusCode()).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from comment_word where entry = :e").param("e", word)
                .query(Integer.class).single()).isZero();
    }

    private static String add(WebSession desk, String entry, String tier) {
        return desk.follow(desk.post("/admin/community/word-lists/add", Map.of("entry", entry, "tier", tier))).body();
    }

    private PostResult post(Member member, Article article, String text) {
        return comments.post(new Comments.Author(member.id(), member.displayName()), article.id(), null, text);
    }

    /** A word no list has and no test shares: "zq" and six random letters. */
    private static String madeUpWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }
}
