package news.dateline.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import news.dateline.site.BreakingNews;
import org.springframework.http.HttpHeaders;

/**
 * While a breaking-news banner is up, no page that shows it may be kept by a browser or CDN beyond the banner's
 * expiry: a shared page's {@code max-age} ({@link news.dateline.site.PageCaching}) is cut to the seconds the
 * banner has left. Pages are cacheable again, as before, the moment it has gone. A plain filter for requests only
 * ({@link BannerCacheLimitConfiguration}), as the other filters every reader request passes ({@link RequestTextFilter}).
 */
final class BannerCacheLimit implements Filter {

    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    private final BreakingNews breaking;
    private final Clock clock;

    BannerCacheLimit(BreakingNews breaking, Clock clock) {
        this.breaking = breaking;
        this.clock = clock;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        Optional<BreakingNews.Banner> banner = breaking.now();
        if (banner.isEmpty() || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        long left = Math.max(0, Duration.between(clock.instant(), banner.get().expiresAt()).toSeconds());
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, capped(name, value, left));
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, capped(name, value, left));
            }
        });
    }

    static String capped(String name, String value, long left) {
        if (value == null || !HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) || !value.startsWith("public")) {
            return value;
        }
        Matcher age = MAX_AGE.matcher(value);
        if (!age.find() || Long.parseLong(age.group(1)) <= left) {
            return value;
        }
        return age.replaceFirst("max-age=" + left);
    }
}
