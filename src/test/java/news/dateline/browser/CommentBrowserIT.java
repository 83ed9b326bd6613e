package news.dateline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import news.dateline.article.Article;
import news.dateline.comment.AuthorStandings;
import news.dateline.comment.Comments;
import news.dateline.comment.PostResult;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.support.Browser;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Comments in the browser: a member's civil comment appears and a French one is refused with the rule, text kept;
 * a moderator approves a held comment from the pending queue and readers see it.
 */
@IntegrationTest
class CommentBrowserIT {

    @Autowired
    TestData data;

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    Members members;
    @Autowired
    Comments comments;
    @Autowired
    AuthorStandings standings;
    @LocalServerPort
    int port;

    @Test
    void aMemberPostsACivilCommentAndSeesAFrenchOneExplainedWithTheTextKept() {
        String email = data.withRoles("Cora Commenter", Role.MEMBER).email();
        Article article = data.publishedStory(
                d -> d.headline("Commented in the browser " + UUID.randomUUID().toString().substring(0, 6)));

        Page page = BROWSER.newContext(port).newPage();
        page.navigate(article.path());
        page.locator(".comments").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Sign in")).click();
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(TestData.PASSWORD);
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> url.contains("/article" + article.id()));

        page.getByLabel("Your comment", new Page.GetByLabelOptions().setExact(true)).fill("I think the new bridge is long overdue for this city.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(page.locator(".comment-body")).containsText("I think the new bridge is long overdue for this city.");

        String french = "Bonjour, je pense que cet article est très intéressant.";
        page.getByLabel("Your comment", new Page.GetByLabelOptions().setExact(true)).fill(french);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(page.locator(".comment-error")).containsText("Comments have to be in English.");
        assertThat(page.getByLabel("Your comment", new Page.GetByLabelOptions().setExact(true))).hasValue(french);
    }

    @Test
    void aModeratorApprovesAHeldCommentAndItAppears() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var author = members.create(new Members.NewMember("held-" + suffix + "@test.local", "Hal Held",
                TestData.PASSWORD, Set.of(Role.MEMBER)));
        var moderator = data.withRoles("Mona Moderator", Role.MODERATOR);
        String moderatorEmail = moderator.email();
        Article article = data.publishedStory(d -> d.headline("Moderated in the browser " + suffix));
        standings.premoderate(author.id(), true, moderator.id());
        String text = "The council should publish the full costs of the bridge " + suffix + ".";
        var held = comments.post(new Comments.Author(author.id(), author.displayName()), article.id(), null, text);
        org.assertj.core.api.Assertions.assertThat(held.outcome()).isEqualTo(PostResult.Outcome.HELD);

        Page reader = BROWSER.newContext(port).newPage();
        reader.navigate(article.path());
        assertThat(reader.locator("#comments")).not().containsText(text);

        Page desk = BROWSER.newContext(port).newPage();
        desk.navigate("/signin");
        desk.locator("input[name=username]").fill(moderatorEmail);
        desk.locator("input[name=password]").fill(TestData.PASSWORD);
        desk.locator("input[name=password]").press("Enter");
        desk.waitForURL(url -> !url.contains("/signin"));
        desk.navigate("/admin/moderation");
        var entry = desk.locator("#entry-" + held.commentId());
        assertThat(entry).containsText(text);
        assertThat(entry).containsText("Held: The author is pre-moderated");
        entry.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Approve")).click();
        assertThat(desk.locator(".notice")).containsText("Comment " + held.commentId() + " approved.");
        assertThat(desk.locator("#entry-" + held.commentId())).hasCount(0);

        reader.reload();
        assertThat(reader.locator(".comment-body")).containsText(text);
    }
}
