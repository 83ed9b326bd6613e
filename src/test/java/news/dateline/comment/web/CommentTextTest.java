package news.dateline.comment.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentTextTest {

    @Test
    void markupIsEscapedAndLineBreaksKept() {
        assertThat(CommentText.toHtml("<script>alert('x')</script>\nsecond & last"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<br>\nsecond &amp; last");
    }

    @Test
    void webAddressesBecomeLinksThatCarryNoEndorsement() {
        assertThat(CommentText.toHtml("See https://example.com/a?b=1&c=2."))
                .isEqualTo("See <a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener\">"
                        + "https://example.com/a?b=1&amp;c=2</a>.");
    }

    @Test
    void anAddressCannotBreakOutOfItsAttribute() {
        String html = CommentText.toHtml("https://example.com/\"onmouseover=\"alert(1) and http://x.test/<b>");
        assertThat(html).doesNotContain("\"onmouseover").doesNotContain("<b>")
                .contains("<a href=\"https://example.com/\" rel=\"nofollow ugc noopener\">");
    }

    @Test
    void otherSchemesStayText() {
        assertThat(CommentText.toHtml("javascript:alert(1) data:text/html,<x>"))
                .doesNotContain("<a").contains("javascript:alert(1)").contains("&lt;x&gt;");
    }
}
