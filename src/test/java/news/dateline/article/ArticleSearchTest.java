package news.dateline.article;

import static news.dateline.article.ArticleSearch.walkingIsCheaper;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How search finds the newest matches to rank: by walking the newest articles, or from the text index. */
class ArticleSearchTest {

    @Test
    void commonWordsAreFoundByWalkingAndRareOnesFromTheIndex() {
        // 100,000 articles: a word in two of five walks about 500 articles; one in eighty would walk 16,000
        assertThat(walkingIsCheaper(100_000, 39_000)).isTrue();
        assertThat(walkingIsCheaper(100_000, 9_000)).isTrue();
        assertThat(walkingIsCheaper(100_000, 1_250)).isFalse();
        assertThat(walkingIsCheaper(100_000, 0)).isFalse();
        // the same share of a ten times larger archive has ten times the matches, and the walk stays as short
        assertThat(walkingIsCheaper(1_000_000, 12_500)).isTrue();
    }
}
