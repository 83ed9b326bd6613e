package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** What the shorter security chain takes: only reads open to anyone, never an address the application keeps. */
class ReaderReadsTest {

    private final ReaderReads reads = new ReaderReads(Set.of("world", "business")::contains);

    @Test
    void takesReadersCommonReads() {
        assertThat(matches("GET", "/world/talks-collapse/article42")).isTrue();
        assertThat(matches("HEAD", "/business/rates/article7")).isTrue();
        assertThat(matches("GET", "/robots.txt")).isTrue();
        assertThat(matches("GET", "/sitemap.xml")).isTrue();
        assertThat(matches("GET", "/sitemaps/2026-11.xml")).isTrue();
        assertThat(matches("GET", "/feeds/rss.xml")).isTrue();
        assertThat(matches("GET", "/css/site-0a1b2c.css")).isTrue();
    }

    @Test
    void leavesEverythingElseToTheFullChain() {
        // writes, whatever the address
        assertThat(matches("POST", "/world/talks-collapse/article42")).isFalse();
        assertThat(matches("DELETE", "/robots.txt")).isFalse();
        // not a section, or a section's name the application keeps for itself
        assertThat(matches("GET", "/opinion/a-view/article42")).isFalse();
        assertThat(matches("GET", "/admin/articles/article42")).isFalse();
        // addresses Spring would decode or cut differently from how they are read here
        assertThat(matches("GET", "/w%6Frld/talks/article42")).isFalse();
        assertThat(matches("GET", "/world;x=1/talks/article42")).isFalse();
        assertThat(matches("GET", "/world/talks/article42/edit")).isFalse();
        assertThat(matches("GET", "/account")).isFalse();
        assertThat(matches("GET", "/signin")).isFalse();
    }

    @Test
    void aSectionCalledLikeTheNewsroomNeverOpensIt() {
        ReaderReads anything = new ReaderReads(slug -> true);
        for (String reserved : ReaderReads.RESERVED) {
            if (ReaderReads.PREFIXES.contains("/" + reserved + "/")) {
                continue; // a read open to anyone by its own rule (live streams), never as an article under a section
            }
            assertThat(anything.matches(new MockHttpServletRequest("GET", "/" + reserved + "/x/article1")))
                    .as(reserved).isFalse();
        }
    }

    private boolean matches(String method, String path) {
        return reads.matches(new MockHttpServletRequest(method, path));
    }

    @Test
    void readsAnArticlesSectionExactlyAsTheExpressionDoes() {
        String[] parts = {"/", "world", "a", "z", "0", "9", "-", "%", ";", "article", "article42", "A", "\u00e9", "\n",
                ".", "_", "7", "1234567890123456789", "123456789012345678", "articl", "x/"};
        java.util.Random random = new java.util.Random(14);
        for (int n = 0; n < 300_000; n++) {
            StringBuilder path = new StringBuilder(random.nextInt(4) == 0 ? "" : "/");
            for (int k = random.nextInt(9); k > 0; k--) {
                path.append(parts[random.nextInt(parts.length)]);
            }
            assertSameAsExpression(path.toString());
        }
        for (String path : new String[] {"/world/s/article1", "/world/s/article123456789012345678",
                "/world/s/article1234567890123456789", "//s/article1", "/world//article1", "/world/s/article",
                "/world/s/article1/", "/World/s/article1", "/world/s/articleX", "/world/s/article\u0661", "world/s/article1",
                "/world/s%20/article1", "/world/s;x/article1", "/a-b-9/\u00e9t\u00e9/article42", "", "/"}) {
            assertSameAsExpression(path);
        }
    }

    private static void assertSameAsExpression(String path) {
        java.util.regex.Matcher article = ReaderReads.ARTICLE.matcher(path);
        assertThat(ReaderReads.articleSection(path)).as(path).isEqualTo(article.matches() ? article.group(1) : null);
    }
}
