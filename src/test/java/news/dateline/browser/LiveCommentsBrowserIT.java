package news.dateline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import news.dateline.article.Article;
import news.dateline.comment.moderation.Moderation;
import news.dateline.comment.moderation.Moderator;
import news.dateline.comment.moderation.LiveQueues;
import news.dateline.live.LiveEvents;
import news.dateline.live.LiveHub;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.Browser;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium: a member posts a comment in one page and another member's open page of the same story shows it
 * without reloading, with working buttons (their like goes through with their own CSRF token) and its text
 * escaped; a held comment reaches an open moderation queue, and another moderator's approval takes it off.
 */
@IntegrationTest
class LiveCommentsBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    TestData data;
    @Autowired
    LiveHub hub;
    @Autowired
    Moderation moderation;

    @Test
    void aCommentPostedInOnePageAppearsOnAnotherOpenPageAndCanBeLikedThere() {
        Article article = data.publishedStory();
        Member cora = data.withRoles("Cora Commenter", Role.MEMBER);
        Member lee = data.withRoles("Lee Liker", Role.MEMBER);

        Page reader = data.signedIn(BROWSER, lee);
        List<String> problems = problems(reader);
        openAndWaitForItsStream(reader, article);
        Page writer = data.signedIn(BROWSER, cora);
        writer.navigate(article.path());

        writer.getByLabel("Your comment", new Page.GetByLabelOptions().setExact(true))
                .fill("I think the <b>new bridge</b> is long overdue for this city.");
        writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(writer.locator(".comment-body")).containsText("long overdue");

        var arrived = reader.locator(".comment-list > li.comment-thread article.comment");
        assertThat(arrived).hasCount(1);
        assertThat(arrived.locator(".comment-body")).hasText("I think the <b>new bridge</b> is long overdue for this city.");
        assertThat(arrived.locator(".comment-author")).hasText("Cora Commenter");
        assertThat(arrived.locator(".comment-likes")).hasText("0 likes");

        arrived.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Like")).click();
        assertThat(reader.locator(".comment .like")).hasAttribute("aria-pressed", "true");
        assertThat(reader.locator(".comment-likes")).hasText("1 like");
        // the author's page hears of the like too, and keeps its own buttons
        assertThat(writer.locator(".comment-likes")).hasText("1 like");
        assertThat(writer.locator(".comment").getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Delete"))).hasCount(1);

        assertThat(problems).isEmpty();
    }

    @Test
    void aHeldCommentReachesAnOpenQueueAndAnotherModeratorsApprovalTakesItOff() {
        Article article = data.publishedStory();
        Member author = data.withRoles("Hal Held", Role.MEMBER);
        Member mona = data.withRoles("Mona Moderator", Role.MODERATOR);
        Member max = data.withRoles("Max Moderator", Role.MODERATOR);
        moderation.premoderate(author.id(), true, new Moderator(mona.id(), mona.displayName()));

        Page queue = data.signedIn(BROWSER, mona);
        List<String> problems = problems(queue);
        int open = hub.open(LiveQueues.CHANNEL);
        queue.navigate("/admin/moderation?queue=pending");
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.open(LiveQueues.CHANNEL) > open);

        Page writer = data.signedIn(BROWSER, author);
        writer.navigate(article.path());
        writer.getByLabel("Your comment", new Page.GetByLabelOptions().setExact(true))
                .fill("The council should publish the full report before the vote.");
        writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(writer.locator(".comment-held")).hasCount(1);

        var entry = queue.locator(".moderation-entry", new Page.LocatorOptions().setHasText("publish the full report"));
        assertThat(entry).hasCount(1);

        Page other = data.signedIn(BROWSER, max);
        other.navigate("/admin/moderation?queue=pending");
        other.locator(".moderation-entry", new Page.LocatorOptions().setHasText("publish the full report"))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Approve"))
                .click();
        assertThat(entry).hasCount(0);
        assertThat(problems).isEmpty();
    }

    /** Opens the story and waits until its stream is open on the server (comments before that come on reload). */
    private void openAndWaitForItsStream(Page page, Article article) {
        String channel = LiveEvents.article(article.id());
        page.navigate(article.path());
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.open(channel) > 0);
    }

    private static List<String> problems(Page page) {
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                problems.add(message.text());
            }
        });
        page.onPageError(problems::add);
        return problems;
    }
}
