package news.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SectionDirectoryIT {

    @Autowired
    SectionDirectory sections;
    @LocalServerPort
    int port;

    @Test
    void aNewSectionGetsAPageAndJoinsTheNavigation() {
        String name = "Science " + UUID.randomUUID().toString().substring(0, 5);
        Section added = sections.add(name, "");

        assertThat(added.slug()).isEqualTo(Slugs.of(name));
        var page = new Http(port).get(added.path());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>" + name + "</h1>").contains("href=\"" + added.path() + "\"");
    }

    @Test
    void aTakenOrMalformedSlugIsRefusedWithAReason() {
        Section first = sections.add("Culture " + UUID.randomUUID().toString().substring(0, 5), "");
        assertThatThrownBy(() -> sections.add("Another", first.slug()))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("already a section");
        assertThatThrownBy(() -> sections.add("Bad", "Bad Slug"))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("lower-case");
    }
}
