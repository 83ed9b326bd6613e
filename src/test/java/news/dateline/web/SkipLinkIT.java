package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import news.dateline.article.Article;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keyboard readers skip the masthead: the first thing on every reader and newsroom page is a "Skip to content" link
 * to the main element, which takes focus when reached.
 */
@IntegrationTest
class SkipLinkIT {

    @Autowired
    TestData data;

    @Test
    void readerPagesAndArticlePagesStartWithALinkToTheirMainContent() {
        Article story = data.publishedStory();
        for (String path : new String[] {"/", story.path(), "/signin"}) {
            assertSkipsToMain(Jsoup.parse(data.anonymous().get(path).body()), path);
        }
        assertSkipsToMain(Jsoup.parse(data.signedIn(data.member()).get(story.path()).body()), "member's " + story.path());
    }

    @Test
    void newsroomPagesStartWithALinkToTheirMainContent() {
        var editor = data.signedIn(data.editor());
        for (String path : new String[] {"/admin", "/admin/articles"}) {
            assertSkipsToMain(Jsoup.parse(editor.get(path).body()), path);
        }
    }

    private static void assertSkipsToMain(Document page, String path) {
        Element first = page.body().selectFirst("a[href], button, input, select, textarea");
        assertThat(first).as("first focusable element on %s", path).isNotNull();
        assertThat(first.hasClass("skip-link")).as(path).isTrue();
        assertThat(first.text()).as(path).isEqualTo("Skip to content");
        String target = first.attr("href");
        assertThat(target).as(path).startsWith("#");
        Element main = page.getElementById(target.substring(1));
        assertThat(main).as("element %s on %s", target, path).isNotNull();
        assertThat(main.tagName()).as(path).isEqualTo("main");
        assertThat(main.attr("tabindex")).as(path).isEqualTo("-1");
        assertThat(page.select("main")).as(path).hasSize(1);
    }
}
