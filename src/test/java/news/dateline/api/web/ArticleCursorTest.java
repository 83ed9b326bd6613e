package news.dateline.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import news.dateline.api.InvalidApiRequestException;
import news.dateline.article.PublishedArticlesQuery.Position;
import org.junit.jupiter.api.Test;

class ArticleCursorTest {

    @Test
    void aCursorReadsBackAsTheSamePositionToTheMicrosecond() {
        Position position = new Position(Instant.parse("2026-12-01T09:30:00.123456Z"), 42);

        assertThat(ArticleCursor.decode(ArticleCursor.encode(position))).isEqualTo(position);
        assertThat(ArticleCursor.encode(position)).doesNotContain("2026", "=", "+", "/");
    }

    @Test
    void textThatIsNotACursorIsRefusedNamingTheCursor() {
        // not Base64; "v1|not-a-time|42"; empty; "v2|2026-12-01T09:30:00Z|42" (an unknown version)
        for (String bad : new String[] {"garbage!", "djF8bm90LWEtdGltZXw0Mg", "",
                                        "djJ8MjAyNi0xMi0wMVQwOTozMDowMFp8NDI"}) {
            assertThatThrownBy(() -> ArticleCursor.decode(bad)).as(bad)
                    .isInstanceOf(InvalidApiRequestException.class).hasMessageContaining("cursor");
        }
    }
}
