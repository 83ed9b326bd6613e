package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import news.dateline.media.Photo;
import news.dateline.site.SafeMarkdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Markdown the photo search inserts reads back, through the body's Markdown, as the very alt text it was made from. */
class PhotoReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"A heron on a jetty", "Ferry [at] *dawn* & `code`", "<script>alert(1)</script>",
            "ends with a backslash \\", "](photo:1) ![x](photo:2)", "&amp; is not an entity here", "_under_ ~strike~ #1 <3"})
    void altTextSurvivesTheRoundTrip(String alt) {
        String markdown = PhotoReference.markdown(photo(alt, "A caption"));
        Element img = Jsoup.parseBodyFragment(SafeMarkdown.toHtml(markdown)).selectFirst("img");
        assertThat(img).isNotNull();
        assertThat(img.attr("src")).isEqualTo("photo:7");
        // the sanitizer appends a space to a value holding a backtick; ArticleBodyRenderer strips it (PhotoSearchIT)
        assertThat(img.attr("alt").strip()).isEqualTo(alt.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"A caption without alt text", "Caption\nover two lines"})
    void withoutAltTextTheCaptionIsUsedOnOneLine(String caption) {
        assertThat(PhotoReference.markdown(photo(null, caption)))
                .isEqualTo("![" + caption.replace('\n', ' ') + "](photo:7)");
    }

    private static Photo photo(String alt, String caption) {
        return new Photo(7, caption, "Staff", alt, 1600, 1000, true, List.of(320, 640), Instant.EPOCH);
    }
}
