package news.dateline.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.ThreadLocalRandom;

import news.dateline.site.SiteProperties;
import news.dateline.support.IntegrationTest;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A newsletter's click link counts the click and goes only where it was signed to go. */
@IntegrationTest
class ClickRedirectIT {

    @Autowired
    EditionClicks clicks;
    @Autowired
    SiteProperties site;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void aSignedLinkIsCountedAndSentOnWithTheNewslettersUtmParameters() {
        long edition = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        String article = site.absolute("/world/bridge-opens/article42");
        String link = clicks.tracked(edition, article);
        assertThat(link).startsWith(site.absolute("/r/" + edition + "?u=")).contains("/world/bridge-opens/article42");

        HttpResponse<String> followed = new WebSession(port).get(local(link));

        assertThat(followed.statusCode()).isEqualTo(302);
        assertThat(followed.headers().firstValue("Location").orElseThrow()).isEqualTo(article
                + "?utm_source=newsletter&utm_medium=email&utm_campaign=edition-" + edition);
        assertThat(clicksOf(edition)).isEqualTo(1);
    }

    @Test
    void aTamperedLinkRedirectsNowhere() {
        long edition = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        String link = local(clicks.tracked(edition, site.absolute("/world/bridge-opens/article42")));
        String signature = link.substring(link.indexOf("&s=") + 3);

        String[] forged = {
                "/r/" + edition + "?u=https://evil.example/phish&s=" + signature,               // another address
                "/r/" + edition + "?u=https://evil.example/phish",                               // no signature
                link.replace("article42", "article43"),                                          // another article
                link.replace("/r/" + edition, "/r/" + (edition + 1)),                            // another edition
                link.substring(0, link.length() - 2) + "xx",                                     // a changed signature
                "/r/" + edition + "?u=//evil.example&s=" + signature};                          // a scheme-relative one
        for (String path : forged) {
            HttpResponse<String> refused = new WebSession(port).get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(refused.headers().firstValue("Location")).as(path).isEmpty();
            assertThat(refused.body()).contains("not one of ours");
        }
        assertThat(clicksOf(edition)).isZero();
        assertThat(clicksOf(edition + 1)).isZero();
    }

    private String local(String absolute) {
        return absolute.substring(site.baseUrl().length());
    }

    private long clicksOf(long edition) {
        return jdbc.sql("select count(*) from audience_click where edition_id = :e").param("e", edition)
                .query(Long.class).single();
    }
}
