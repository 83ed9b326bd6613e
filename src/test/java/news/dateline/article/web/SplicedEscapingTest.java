package news.dateline.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/** A reader's name and token are escaped into the shared page exactly as Spring's escaper would, only faster. */
class SplicedEscapingTest {

    @Test
    void escapesAsSpringDoesWhateverTheText() {
        for (String text : new String[] {"Asha Rao", "abc-DEF_123=", "<script>alert(1)</script>", "Tom & \"Jerry\"",
                "O'Brien", "José Müller", "", "a>b"}) {
            assertThat(SharedArticlePages.escaped(text)).as(text).isEqualTo(HtmlUtils.htmlEscape(text));
        }
    }

    @Test
    void plainTextIsPassedOnAsItIs() {
        String token = "q1W2e3R4t5Y6-_";
        assertThat(SharedArticlePages.escaped(token)).isSameAs(token);
    }
}
