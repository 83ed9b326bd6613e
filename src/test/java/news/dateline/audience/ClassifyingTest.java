package news.dateline.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Referrer classes and devices from headers; bots from their user agents. */
class ClassifyingTest {

    private static final List<String> OWN = List.of("news.example");

    @Test
    void referrersAreClassed() {
        assertThat(ReferrerClass.of(null, OWN, null, null)).isEqualTo(ReferrerClass.DIRECT);
        assertThat(ReferrerClass.of("https://www.google.co.in/", OWN, null, null)).isEqualTo(ReferrerClass.SEARCH);
        assertThat(ReferrerClass.of("https://duckduckgo.com/", OWN, null, null)).isEqualTo(ReferrerClass.SEARCH);
        assertThat(ReferrerClass.of("https://m.facebook.com/story", OWN, null, null)).isEqualTo(ReferrerClass.SOCIAL);
        assertThat(ReferrerClass.of("https://t.co/xyz", OWN, null, null)).isEqualTo(ReferrerClass.SOCIAL);
        assertThat(ReferrerClass.of("https://news.example/world", OWN, null, null)).isEqualTo(ReferrerClass.INTERNAL);
        assertThat(ReferrerClass.of("https://mail.google.com/", OWN, null, null)).isEqualTo(ReferrerClass.NEWSLETTER);
        assertThat(ReferrerClass.of(null, OWN, "email", "daily")).isEqualTo(ReferrerClass.NEWSLETTER);
        assertThat(ReferrerClass.of("https://blog.example.org/", OWN, null, null)).isEqualTo(ReferrerClass.OTHER);
        assertThat(ReferrerClass.of("not a url at all", OWN, null, null)).isEqualTo(ReferrerClass.OTHER);
        // a look-alike host is not the search engine
        assertThat(ReferrerClass.of("https://notgoogle.example/", OWN, null, null)).isEqualTo(ReferrerClass.OTHER);
        assertThat(ReferrerClass.of("https://fakex.com/", OWN, null, null)).isEqualTo(ReferrerClass.OTHER);
    }

    @Test
    void devicesAndBotsAreTold() {
        assertThat(UserAgents.device("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) Mobile/15E148"))
                .isEqualTo("mobile");
        assertThat(UserAgents.device("Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/131 Mobile Safari/537.36"))
                .isEqualTo("mobile");
        assertThat(UserAgents.device("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)")).isEqualTo("tablet");
        assertThat(UserAgents.device("Mozilla/5.0 (Linux; Android 13; SM-X710) Chrome/131 Safari/537.36"))
                .isEqualTo("tablet");
        assertThat(UserAgents.device("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) Safari/605")).isEqualTo("desktop");
        assertThat(UserAgents.device("Java-http-client/25")).isEqualTo("other");
        assertThat(UserAgents.isBot("Mozilla/5.0 (compatible; Googlebot/2.1)")).isTrue();
        assertThat(UserAgents.isBot("Mozilla/5.0 (compatible; bingbot/2.0)")).isTrue();
        assertThat(UserAgents.isBot("facebookexternalhit/1.1")).isTrue();
        assertThat(UserAgents.isBot("Mozilla/5.0 HeadlessChrome/131")).isTrue();
        assertThat(UserAgents.isBot(null)).isTrue();
        assertThat(UserAgents.isBot("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131 Safari/537.36")).isFalse();
    }

    @Test
    void aReadersDeviceIsRememberedPerHeaderAndABotHasNone() {
        for (int twice = 0; twice < 2; twice++) {
            assertThat(UserAgents.readerDevice("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)")).isEqualTo("tablet");
            assertThat(UserAgents.readerDevice("Mozilla/5.0 (compatible; Googlebot/2.1)")).isNull();
            assertThat(UserAgents.readerDevice("")).isNull();
            assertThat(UserAgents.readerDevice(null)).isNull();
        }
    }
}
