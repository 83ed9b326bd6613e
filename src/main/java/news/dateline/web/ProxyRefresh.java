package news.dateline.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleVersion;
import news.dateline.database.ChangeFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Purges the caching proxy (deploy/nginx.conf) when a page it may hold changes: the anonymous reader's copy of an
 * article page, its section front, the home page and the latest list. Debian's nginx has no purge module, so the
 * app asks the proxy for the page with the secret {@code X-Dateline-Refresh} header: the proxy then fetches it from
 * an app node past its cache and stores the answer in place of the old copy (a 404 or 301 too, for a second), so the
 * next reader gets the new page at once. Only the node that committed a change asks ({@link ChangeFeed#subscribeOwn}),
 * off the request thread; a refresh that fails leaves the old copy for at most the minute its Cache-Control allows.
 */
@Component
@EnableConfigurationProperties(ProxyProperties.class)
class ProxyRefresh {

    static final String HEADER = "X-Dateline-Refresh";
    /** The ChangeFeed topics of articles and of their comments (keys: the article id). */
    private static final String ARTICLES = "article";
    private static final String COMMENTS = "comments";

    private static final Logger log = LoggerFactory.getLogger(ProxyRefresh.class);

    private final ProxyProperties proxy;
    private final ArticleQueries articles;
    private final HttpClient http;
    private final ExecutorService refreshes = Executors.newVirtualThreadPerTaskExecutor();
    /** Where each article was last seen, so a moved or renamed article's old address is refreshed too. */
    private final Map<Long, String> lastPaths = new ConcurrentHashMap<>();

    ProxyRefresh(ProxyProperties proxy, ArticleQueries articles, ChangeFeed changes) {
        this.proxy = proxy;
        this.articles = articles;
        this.http = HttpClient.newBuilder().connectTimeout(proxy.timeout()).build();
        if (proxy.enabled()) {
            changes.subscribeOwn(ARTICLES, id -> refreshes.execute(() -> articleChanged(Long.parseLong(id), true)));
            changes.subscribeOwn(COMMENTS, id -> {
                if (id.chars().allMatch(Character::isDigit)) {
                    refreshes.execute(() -> articleChanged(Long.parseLong(id), false));
                }
            });
        }
    }

    /** The pages showing the article: with its fronts when the article itself changed, alone for its comments. */
    void articleChanged(long id, boolean fronts) {
        Set<String> paths = new LinkedHashSet<>();
        ArticleVersion version = articles.anyVersion(id).orElse(null);
        if (version != null) {
            paths.add(version.path());
            String before = lastPaths.put(id, version.path());
            if (before != null) {
                paths.add(before);
            }
            if (fronts) {
                paths.add("/" + version.sectionSlug());
            }
        }
        if (fronts) {
            paths.add("/");
            paths.add("/latest");
        }
        paths.forEach(this::refresh);
    }

    void refresh(String path) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(proxy.refreshUrl() + path))
                    .timeout(proxy.timeout()).header(HEADER, proxy.refreshToken()).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            log.debug("Proxy refreshed {}: {}", path, response.statusCode());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("Proxy refresh of {} failed ({}); its copy expires within a minute", path, e.toString());
        }
    }
}
