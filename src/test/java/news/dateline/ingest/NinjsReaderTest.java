package news.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import news.dateline.ingest.ParsedArticle.Paragraph;
import news.dateline.ingest.ParsedArticle.ParsedPhoto;
import news.dateline.ingest.ParsedArticle.Subheading;
import org.junit.jupiter.api.Test;

class NinjsReaderTest {

    NinjsReader reader = new NinjsReader();

    @Test
    void readsEveryFieldOfAFullNinjsItem() throws ImportException {
        ParsedArticle article = read("ninjs-full-example.json");

        assertThat(article.headline()).isEqualTo("Monsoon covers entire country ahead of schedule");
        assertThat(article.standfirst()).isEqualTo("Rainfall so far is 2% above the long-period average");
        assertThat(article.firstCreated()).isEqualTo(OffsetDateTime.parse("2024-07-09T08:15+05:30"));
        assertThat(article.versionCreated()).isEqualTo(OffsetDateTime.parse("2024-07-10T18:40+05:30"));
        assertThat(article.located()).isEqualTo("NEW DELHI");
        assertThat(article.byline()).isEqualTo("Special Correspondent");
        assertThat(article.agencies()).containsExactly("PTI");
        assertThat(article.body()).containsExactly(
                new Paragraph("The southwest monsoon covered the entire country on Tuesday, six days ahead of its"
                        + " normal date."),
                new Subheading("Rain & crops"),
                new Paragraph("Kharif sowing is up 14% on last year."));
        assertThat(article.photos()).containsExactly(new ParsedPhoto("Clouds over India Gate on Tuesday.",
                "Shiv Kumar Pushpakar", "https://wire.example.com/media/india-gate.jpg"));
        assertThat(article.tags()).containsExactly("monsoon", "weather");
        assertThat(article.sourceKey()).isEqualTo("ninjs:https://wire.example.com/items/2024-0709-monsoon");
    }

    @Test
    void withoutUriTheSourceKeyIsDerivedLikeAPages() throws ImportException {
        ParsedArticle article = reader.read("no-uri.json", """
                {"headlines": [{"role": "main", "value": "Rift widens between Russia, West over Syria"}],
                 "firstCreated": "2016-12-12T22:30:00+05:30"}
                """);

        assertThat(article.sourceKey()).isEqualTo(Fixtures.page("seed-article-rift-widens.txt").sourceKey());
        assertThat(article.versionCreated()).isEqualTo(article.firstCreated());
    }

    @Test
    void malformedJsonIsRejectedNamingFileLineAndColumn() {
        assertThatThrownBy(() -> read("ninjs-malformed.json"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("ninjs-malformed.json line 6, column 3: malformed JSON");
    }

    @Test
    void missingHeadlineIsRejectedNamingTheField() {
        assertThatThrownBy(() -> read("ninjs-missing-headline.json"))
                .isInstanceOf(ImportException.class)
                .hasMessage("ninjs-missing-headline.json: missing field 'headlines' (a headline with role 'main')");
    }

    @Test
    void unreadableTimestampIsRejectedNamingTheField() {
        assertThatThrownBy(() -> reader.read("bad-time.json", """
                {"headlines": [{"role": "main", "value": "A headline"}], "firstCreated": "yesterday"}
                """))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("bad-time.json: field 'firstCreated'");
    }

    private ParsedArticle read(String fixture) throws ImportException {
        return reader.read(fixture, Fixtures.text(fixture));
    }
}
