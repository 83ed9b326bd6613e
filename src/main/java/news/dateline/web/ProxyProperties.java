package news.dateline.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The caching reverse proxy in front of the app nodes ({@code dateline.proxy.*}; see deploy/ and {@link ProxyRefresh}).
 *
 * @param refreshUrl   the proxy's address as the app nodes reach it (e.g. http://127.0.0.1:8080); empty: no proxy
 * @param refreshToken the secret the proxy expects in {@code X-Dateline-Refresh} before it fetches a page afresh
 *                     past its cache (DATELINE_PROXY_REFRESH_TOKEN); never committed
 * @param timeout      how long a refresh may take before it is given up (the page then expires on its own, within
 *                     the minute its Cache-Control allows)
 */
@ConfigurationProperties("dateline.proxy")
public record ProxyProperties(
        @DefaultValue("") String refreshUrl,
        @DefaultValue("") String refreshToken,
        @DefaultValue("PT2S") Duration timeout) {

    public boolean enabled() {
        return !refreshUrl.isBlank() && !refreshToken.isBlank();
    }
}
