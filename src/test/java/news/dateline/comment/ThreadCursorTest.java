package news.dateline.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The "Load more" cursor: what {@code after} writes reads back; anything else means the first page. */
class ThreadCursorTest {

    @Test
    void aThreadsCursorReadsBackAsItsSortKey() {
        Instant at = Instant.parse("2026-03-10T09:30:00.123456Z");
        Comment last = new Comment(91, 4, null, null, 0, 7L, "Ana", "Text.", CommentStatus.PUBLISHED, 12, 0, at,
                null, false, false);

        String cursor = ThreadCursor.after(last);

        assertThat(cursor).isEqualTo("2026-03-10T09:30:00.123456Z~12~91");
        assertThat(ThreadCursor.parse(cursor)).isEqualTo(new ThreadCursor(at, 12, 91));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "2026-03-10T09:30:00Z~12", "2026-03-10T09:30:00Z~12~91~3", "yesterday~12~91",
            "2026-03-10T09:30:00Z~many~91", "2026-03-10T09:30:00Z~12~x", "+1000000-01-01T00:00:00Z~1~1",
            "-0001-01-01T00:00:00Z~1~1"})
    void anUnreadableCursorMeansTheFirstPage(String cursor) {
        assertThat(ThreadCursor.parse(cursor)).isNull();
    }
}
