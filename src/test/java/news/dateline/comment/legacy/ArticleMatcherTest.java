package news.dateline.comment.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class ArticleMatcherTest {

    @Test
    void anAddressOrPathEndingInArticleAndAnIdNamesThatArticle() {
        assertThat(ArticleMatcher.idInPath("https://old.example.com/city/bridge/article42")).hasValue(42);
        assertThat(ArticleMatcher.idInPath("https://old.example.com/city/bridge/article42/?utm=x#c")).hasValue(42);
        assertThat(ArticleMatcher.idInPath("/city/bridge/article7")).hasValue(7);
    }

    @Test
    void bareNumbersAndOtherAddressesNameNoArticle() {
        assertThat(ArticleMatcher.idInPath("42")).isEqualTo(OptionalLong.empty());
        assertThat(ArticleMatcher.idInPath("https://old.example.com/?p=42")).isEmpty();
        assertThat(ArticleMatcher.idInPath("https://old.example.com/article42/comments")).isEmpty();
    }

    @Test
    void theIdSetSpotsAnIdSeenBefore() {
        IdSet ids = new IdSet();
        for (int i = 0; i < 10_000; i++) {
            assertThat(ids.add("c-" + i)).isTrue();
        }
        assertThat(ids.add("c-5")).isFalse();
        assertThat(ids.add("c-10000")).isTrue();
    }
}
