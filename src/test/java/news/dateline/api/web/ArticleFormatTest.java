package news.dateline.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import news.dateline.api.InvalidApiRequestException;
import org.junit.jupiter.api.Test;

class ArticleFormatTest {

    @Test
    void ninjsOnlyWhenNamedAsTheMostWantedTypeOrAskedForByParameter() {
        assertThat(ArticleFormat.ninjs(null, "application/ninjs+json")).isTrue();
        assertThat(ArticleFormat.ninjs(null, "application/json;q=0.5, application/ninjs+json")).isTrue();
        assertThat(ArticleFormat.ninjs(null, "application/json, application/ninjs+json;q=0.5")).isFalse();
        assertThat(ArticleFormat.ninjs(null, "*/*")).isFalse();
        assertThat(ArticleFormat.ninjs(null, null)).isFalse();
        assertThat(ArticleFormat.ninjs("ninjs", "application/json")).isTrue();
        assertThat(ArticleFormat.ninjs("json", "application/ninjs+json")).isFalse();
    }

    @Test
    void anUnknownFormatOrBrokenAcceptHeaderIsABadRequest() {
        assertThatThrownBy(() -> ArticleFormat.ninjs("xml", null)).isInstanceOf(InvalidApiRequestException.class)
                .hasMessageContaining("format");
        assertThatThrownBy(() -> ArticleFormat.ninjs(null, "not a type")).isInstanceOf(InvalidApiRequestException.class)
                .hasMessageContaining("Accept");
    }
}
