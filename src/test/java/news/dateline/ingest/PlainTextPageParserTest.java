package news.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;

import news.dateline.ingest.ParsedArticle.BodyBlock;
import news.dateline.ingest.ParsedArticle.Paragraph;
import news.dateline.ingest.ParsedArticle.ParsedPhoto;
import news.dateline.ingest.ParsedArticle.Subheading;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlainTextPageParserTest {

    @Nested
    class SeedPage {

        ParsedArticle article = parse("seed-article-rift-widens.txt");

        @Test
        void readsHeadlineDatesAndDatelineCity() {
            assertThat(article.headline()).isEqualTo("Rift widens between Russia, West over Syria");
            assertThat(article.standfirst()).isNull();
            assertThat(article.firstCreated()).isEqualTo(OffsetDateTime.parse("2016-12-12T22:30+05:30"));
            assertThat(article.versionCreated()).isEqualTo(article.firstCreated());
            assertThat(article.located()).isEqualTo("BRUSSELS");
            assertThat(article.byline()).isNull();
        }

        @Test
        void captionPrintedTwiceIsOnePhotoWithoutImageFile() {
            assertThat(article.photos()).containsExactly(
                    new ParsedPhoto("French Foreign Minister Jean-Marc Ayrault.", null, null));
        }

        @Test
        void shortUnpunctuatedLinesBetweenParagraphsAreSubheadings() {
            assertThat(article.body()).filteredOn(Subheading.class::isInstance).extracting(BodyBlock::text)
                    .containsExactly("War crimes", "Loss of Palmyra");
            assertThat(article.body().get(4)).isEqualTo(new Subheading("War crimes"));
        }

        @Test
        void trailingAgencyCreditIsRemovedFromTheLastParagraph() {
            assertThat(article.agencies()).containsExactly("AFP", "Reuters");
            assertThat(article.body().getLast().text())
                    .startsWith("“We also regret")
                    .endsWith("attacks by terrorists.”");
        }

        @Test
        void hasElevenParagraphsAndNoSiteFurniture() {
            assertThat(article.body()).filteredOn(Paragraph.class::isInstance).hasSize(11);
            assertThat(article.body().getFirst().text()).startsWith("France on Monday accused Russia");
            assertThat(article.body()).extracting(BodyBlock::text).noneMatch(text -> text.contains("Sign in")
                    || text.contains("Comments") || text.contains("commenting platform") || text.contains("0 / 0")
                    || text.contains("free stories"));
            assertThat(article.tags()).isEmpty();
        }

        @Test
        void sourceKeyIsTheNormalisedHeadlineAndPublicationInstant() {
            assertThat(article.sourceKey())
                    .isEqualTo("text:rift-widens-between-russia-west-over-syria/2016-12-12T17:00:00Z");
        }
    }

    @Test
    void updateOnAnotherDayKeepsItsOwnDate() {
        ParsedArticle article = parse("updated-on-another-day.txt");

        assertThat(article.firstCreated()).isEqualTo(OffsetDateTime.parse("2017-02-06T11:01+05:30"));
        assertThat(article.versionCreated()).isEqualTo(OffsetDateTime.parse("2021-12-04T23:58+05:30"));
        assertThat(article.located()).isNull();
        assertThat(article.body()).hasSize(2);
    }

    @Test
    void timeOnlyUpdateEarlierThanPublicationFallsOnTheNextDay() throws ImportException {
        ParsedArticle article = new PlainTextPageParser().parse("late.txt", """
                Polling ends in the last phase

                May 19, 2019 11:50 pm | Updated 12:20 am IST - NEW DELHI:

                Polling ended peacefully, officials said.
                """);

        assertThat(article.versionCreated()).isEqualTo(OffsetDateTime.parse("2019-05-20T00:20+05:30"));
    }

    @Test
    void separatePublishedAndUpdatedLinesAreReadInEitherOrder() {
        for (String fixture : new String[] {"published-then-updated-lines.txt", "updated-then-published-lines.txt"}) {
            ParsedArticle article = parse(fixture);

            assertThat(article.firstCreated()).as(fixture).isEqualTo(OffsetDateTime.parse("2024-07-09T08:15+05:30"));
            assertThat(article.versionCreated()).as(fixture)
                    .isEqualTo(OffsetDateTime.parse("2024-07-10T18:40+05:30"));
            assertThat(article.located()).as(fixture).isEqualTo("NEW DELHI");
            assertThat(article.body()).as(fixture).hasSize(2).allMatch(Paragraph.class::isInstance);
        }
    }

    @Test
    void lineBetweenHeadlineAndDateLineIsTheStandfirst() {
        ParsedArticle article = parse("standfirst-present.txt");

        assertThat(article.standfirst())
                .isEqualTo("The 26-km corridor will link the airport with the IT corridor in under 40 minutes");
        assertThat(article.located()).isEqualTo("CHENNAI");
        assertThat(article.versionCreated()).isEqualTo(OffsetDateTime.parse("2023-01-15T21:10+05:30"));
        assertThat(article.body()).hasSize(2);
    }

    @Test
    void nameRightAfterTheDateLineIsTheByline() {
        ParsedArticle article = parse("byline-after-date-line.txt");

        assertThat(article.byline()).isEqualTo("Suhasini Haidar");
        assertThat(article.body()).hasSize(2).allMatch(Paragraph.class::isInstance);
    }

    @Test
    void byLineBeforeTheDateLineIsTheBylineWithoutBy() {
        ParsedArticle article = parse("byline-with-by-prefix.txt");

        assertThat(article.byline()).isEqualTo("John Smith");
        assertThat(article.standfirst()).isNull();
        assertThat(article.located()).isEqualTo("BENGALURU");
        assertThat(article.versionCreated()).isEqualTo(article.firstCreated());
    }

    @Test
    void photoCreditAfterTheCaptionBecomesTheCredit() {
        ParsedArticle article = parse("caption-with-photo-credit.txt");

        assertThat(article.photos()).containsExactly(new ParsedPhoto(
                "Flamingos at the Point Calimere sanctuary on Saturday.", "B. Velankanni Raj", null));
        assertThat(article.body()).hasSize(2);
    }

    @Test
    void hyphenatedPtiCreditGivesTheAgency() {
        ParsedArticle article = parse("pti-credit.txt");

        assertThat(article.agencies()).containsExactly("PTI");
        assertThat(article.body().getLast().text()).isEqualTo("Analysts said foreign fund inflows also supported the market.");
    }

    @Test
    void relatedTopicsLineGivesTagsAndEndsTheBody() {
        ParsedArticle article = parse("related-topics-tags.txt");

        assertThat(article.tags()).containsExactly("environment", "Kerala", "wetlands");
        assertThat(article.body()).extracting(BodyBlock::text).containsExactly(
                "The State government has notified rules restricting construction within 50 metres of notified"
                        + " wetlands in coastal districts.",
                "Violations will attract a fine of up to ₹5 lakh.");
    }

    @Test
    void shareButtonsAlsoReadLinesCountersAndPromptsAreDropped() {
        ParsedArticle article = parse("also-read-and-share-buttons.txt");

        assertThat(article.headline()).isEqualTo("Farmers call off protest after talks with Minister");
        assertThat(article.standfirst()).isNull();
        assertThat(article.located()).isEqualTo("BHOPAL");
        assertThat(article.body()).extracting(BodyBlock::text).containsExactly(
                "Farmers' unions called off their week-long protest on Saturday after the Agriculture Minister"
                        + " promised to raise procurement prices.",
                "The unions had demanded a bonus of ₹200 a quintal over the minimum support price.",
                "The Minister said a committee would submit its report within a month.");
    }

    @Test
    void impossibleDateIsRejectedNamingFileLineAndDate() {
        assertThatThrownBy(() -> Fixtures.page("impossible-date.txt"))
                .isInstanceOf(ImportException.class)
                .hasMessage("impossible-date.txt line 3: 'February 30, 2016' is not a real date");
    }

    @Test
    void pageStartingWithTheDateLineHasNoHeadline() {
        assertThatThrownBy(() -> Fixtures.page("no-headline.txt"))
                .isInstanceOf(ImportException.class)
                .hasMessage("no-headline.txt line 2: no headline found before the date line");
    }

    @Test
    void emptyPageIsRejected() {
        assertThatThrownBy(() -> Fixtures.page("empty.txt"))
                .isInstanceOf(ImportException.class)
                .hasMessage("empty.txt: file is empty");
    }

    @Test
    void pageWithoutDateLineIsRejectedNamingTheHeadlineLine() {
        assertThatThrownBy(() -> Fixtures.page("no-date-line.txt"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("no-date-line.txt: no date line found after the headline on line 1");
    }

    @Test
    void aLongUnbrokenLineAfterTheHeadlineIsReadWithoutOverflowingTheStack() {
        ParsedArticle article = parse("long-unbroken-line.txt");

        assertThat(article.headline()).isEqualTo("Council approves new bridge over the river");
        // 2,000 'x' is a run of share buttons (X) as far as the page's furniture goes: dropped
        assertThat(article.body()).extracting(BodyBlock::text).containsExactly(
                "The city council on Sunday approved a new bridge over the river, ending a decade of debate about the crossing.",
                "Work is to begin in the autumn and the bridge should open in two years, the mayor said.");
    }

    @Test
    void aLineOfShareButtonsIsFurnitureButTextAroundThemIsNot() {
        assertThat(SiteFurniture.isNoise("Share this article | Facebook • Twitter, WhatsApp E-mail Copy link")).isTrue();
        assertThat(SiteFurniture.isNoise("x".repeat(20_000))).isTrue();
        assertThat(SiteFurniture.isNoise("Share this article with a friend")).isFalse();
        assertThat(SiteFurniture.isNoise("x".repeat(2_000) + " and then a sentence")).isFalse();
    }

    @Test
    void readLaterSaveAndCommentButtonsAndCountsAreDroppedWhereverTheyStand() {
        ParsedArticle article = parse("read-later-and-comment-counts.txt");

        assertThat(article.headline()).isEqualTo("India clinch series with a day to spare in Pune");
        assertThat(article.standfirst()).isNull();
        assertThat(article.located()).isEqualTo("PUNE");
        assertThat(article.photos()).containsExactly(new ParsedPhoto(
                "Kuldeep Yadav celebrates a wicket on the fourth day.", "Vivek Bendre", null));
        assertThat(article.body()).extracting(BodyBlock::text).containsExactly(
                "India wrapped up the Test series on the fourth evening, bowling the visitors out for 212 on a"
                        + " turning pitch.",
                "Kuldeep Yadav took five wickets in the second innings and was named player of the match.",
                "Spin does the job",
                "The visitors lost their last six wickets for 41 runs after tea, three of them to catches at short leg.",
                "The fifth Test begins in Dharamsala on Thursday, with the home side expected to rest two fast bowlers.");
        assertThat(article.body().get(2)).isInstanceOf(Subheading.class);
        assertThat(article.tags()).containsExactly("cricket", "India national cricket team");
    }

    @Test
    void anOpinionPieceKeepsItsBylineAndTheAuthorsBioButNotTheNewsletterOrSubscriptionBoxes() {
        ParsedArticle article = parse("opinion-with-author-bio.txt");

        assertThat(article.headline()).isEqualTo("Why cities need quieter streets");
        assertThat(article.standfirst()).isEqualTo("Noise is a public health problem that planning can fix");
        assertThat(article.byline()).isEqualTo("Meera Krishnan");
        assertThat(article.photos()).isEmpty();
        assertThat(article.body()).extracting(BodyBlock::text).containsExactly(
                "Walk down any arterial road in a large Indian city at rush hour and the noise rarely falls below"
                        + " 80 decibels.",
                "Doctors have long linked such levels to sleep loss, high blood pressure and poorer learning in schools.",
                "What other cities did",
                "Several European cities lowered speed limits at night and measured a fall of three to five decibels"
                        + " within a year.",
                "Quieter streets are not a luxury. They are a choice that ward committees can make this year.",
                "The writer is a professor of urban planning at the School of Planning and Architecture, New Delhi.");
    }

    @Test
    void liveUpdatesKeepTheirTimedSubheadsAndLoseTeasersAndPrompts() {
        ParsedArticle article = parse("live-updates-without-photo.txt");

        assertThat(article.located()).isEqualTo("CHENNAI");
        assertThat(article.photos()).isEmpty();
        assertThat(article.body()).filteredOn(Subheading.class::isInstance).extracting(BodyBlock::text)
                .containsExactly("2.40 pm Schools stay shut tomorrow", "11.20 am Suburban trains delayed",
                        "8.05 am Relief camps opened");
        assertThat(article.body()).extracting(BodyBlock::text)
                .noneMatch(text -> text.contains("Cyclone warning") || text.contains("subscribe"))
                .last().isEqualTo("The corporation opened 40 relief camps and asked residents of low-lying areas"
                        + " to move to them.");
    }

    private static ParsedArticle parse(String fixture) {
        try {
            return Fixtures.page(fixture);
        } catch (ImportException e) {
            throw new AssertionError(e);
        }
    }
}
