package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void turnsAHeadlineIntoLowerCaseWordsJoinedByHyphens() {
        assertThat(Slugs.of("Rift widens between Russia, West over Syria"))
                .isEqualTo("rift-widens-between-russia-west-over-syria");
    }

    @Test
    void dropsAccentsAndApostrophes() {
        assertThat(Slugs.of("Syria’s café owners — défiant")).isEqualTo("syrias-cafe-owners-defiant");
    }

    @Test
    void cutsLongHeadlinesAtAWordBoundary() {
        String slug = Slugs.of("word ".repeat(40));
        assertThat(slug.length()).isLessThanOrEqualTo(80);
        assertThat(slug).endsWith("word").doesNotEndWith("-");
    }

    @Test
    void rejectsSlugsWithCapitalsSpacesOrDoubleHyphens() {
        assertThat(Slugs.isValid("good-slug-2")).isTrue();
        assertThat(Slugs.isValid("Bad Slug")).isFalse();
        assertThat(Slugs.isValid("bad--slug")).isFalse();
    }
}
