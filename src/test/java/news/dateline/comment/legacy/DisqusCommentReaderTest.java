package news.dateline.comment.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import news.dateline.comment.CommentStatus;
import org.junit.jupiter.api.Test;

class DisqusCommentReaderTest {

    static final String SAMPLE = ReaderResults.fixture("disqus-export.xml",
            java.util.Map.of("AUTHOR_EMAIL", "Ana.Commuter@Example.COM"));

    @Test
    void postsNameTheirArticleByTheThreadsIdentifierAndLink() {
        LegacyRow first = ReaderResults.read(LegacyFormat.DISQUS, SAMPLE).row("3001");

        assertThat(first.articleKeys())
                .containsExactly("bridge-story-2014", "https://old.example.com/city/the-bridge-opens/articleARTICLE_ID");
        assertThat(first.authorName()).isEqualTo("Ana Commuter");
        assertThat(first.authorEmail()).isEqualTo("ana.commuter@example.com");
        assertThat(first.createdAt()).hasToString("2014-03-02T10:15:00Z");
        assertThat(first.parentId()).isNull();
        assertThat(first.line()).isEqualTo(ReaderResults.lineOf(SAMPLE, "<post dsq:id=\"3001\">"));
    }

    @Test
    void messageHtmlBecomesPlainTextKeepingParagraphsAndLineBreaks() {
        LegacyRow first = ReaderResults.read(LegacyFormat.DISQUS, SAMPLE).row("3001");

        assertThat(first.text()).isEqualTo("The new bridge will save me twenty minutes a day.\n\nFinally!\nWell done to the city.");
    }

    @Test
    void scriptsAndAttributesAreDroppedFromMessagesAndNames() {
        LegacyRow xss = ReaderResults.read(LegacyFormat.DISQUS, SAMPLE).row("3011");

        assertThat(xss.text()).isEqualTo("Nice story click").doesNotContain("alert").doesNotContain("<");
        // names are plain text already; the page escapes them
        assertThat(xss.authorName()).isEqualTo("<img src=x onerror=alert(4)>Mallory");
    }

    @Test
    void repliesKeepTheirParentsIdAndSpamAndDeletedPostsKeepTheirStatus() {
        ReaderResults read = ReaderResults.read(LegacyFormat.DISQUS, SAMPLE);

        assertThat(read.row("3008").parentId()).isEqualTo("3009");
        assertThat(read.row("3005").status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(read.row("3006").status()).isEqualTo(CommentStatus.DELETED);
        assertThat(read.row("3006").text()).isEmpty();
        assertThat(read.row("3002").status()).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void aBadDateIsRejectedWithItsLine() {
        ReaderResults read = ReaderResults.read(LegacyFormat.DISQUS, SAMPLE);

        assertThat(read.rejected).containsExactly(new RejectedRow(ReaderResults.lineOf(SAMPLE, "<post dsq:id=\"3013\">"),
                "comment 3013: bad date 'yesterday' (expected ISO 8601, like 2019-03-04T10:15:00Z)"));
        assertThat(read.rows).hasSize(12);
    }

    @Test
    void aPostOfAThreadNotInTheFileIsRejected() {
        String xml = """
                <disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
                <post dsq:id="1"><message>Hello there.</message><createdAt>2014-01-01T00:00:00Z</createdAt>
                <thread dsq:id="77"/></post></disqus>""";

        List<RejectedRow> rejected = ReaderResults.read(LegacyFormat.DISQUS, xml).rejected;

        assertThat(rejected).extracting(RejectedRow::reason)
                .containsExactly("comment 1: unknown article (thread 77 is not in the file)");
    }

    @Test
    void externalEntitiesAreRefused() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE disqus [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <disqus xmlns="http://disqus.com"><thread/>&secret;</disqus>""";

        assertThatThrownBy(() -> ReaderResults.read(LegacyFormat.DISQUS, xml))
                .isInstanceOf(LegacyImportException.class).hasMessageContaining("XML file cannot be read");
    }

    @Test
    void anotherRootElementIsNotADisqusExport() {
        assertThatThrownBy(() -> ReaderResults.read(LegacyFormat.DISQUS, "<rss/>"))
                .isInstanceOf(LegacyImportException.class).hasMessageContaining("expected <disqus>");
    }
}
