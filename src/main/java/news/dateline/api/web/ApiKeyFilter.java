package news.dateline.api.web;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.api.ApiKey;
import news.dateline.api.ApiKeys;
import news.dateline.api.ApiProperties;
import news.dateline.ratelimit.RateLimiter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gate of the content API: read-only methods only, a known and unrevoked key in {@value #HEADER}, and at most
 * {@link ApiProperties#rateLimit()} requests per key, counted across nodes by the {@link RateLimiter}. The OpenAPI
 * description and CORS preflights ({@code OPTIONS}, which browsers send without custom headers) need no key.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";
    static final String OPENAPI_PATH = "/api/v1/openapi.json";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

    private final ApiKeys keys;
    private final RateLimiter limiter;
    private final RateLimiter.Limit limit;

    ApiKeyFilter(ApiKeys keys, RateLimiter limiter, ApiProperties properties) {
        this.keys = keys;
        this.limiter = limiter;
        this.limit = properties.rateLimit();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getMethod().equals("OPTIONS")) {
            chain.doFilter(request, response);
            return;
        }
        if (!READ_METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            ApiErrors.write(response, 405, "The content API is read-only: " + request.getMethod()
                    + " is not allowed, use GET.");
            return;
        }
        if (request.getRequestURI().equals(OPENAPI_PATH)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader(HEADER);
        if (secret == null || secret.isBlank()) {
            ApiErrors.write(response, 401, "Missing API key: send it in the " + HEADER + " header.");
            return;
        }
        Optional<ApiKey> key = keys.find(secret.strip());
        if (key.isEmpty()) {
            ApiErrors.write(response, 401, "Unknown API key.");
            return;
        }
        if (key.get().revoked()) {
            ApiErrors.write(response, 401, "This API key was revoked.");
            return;
        }
        RateLimiter.Decision decision = limiter.hit("api:key:" + key.get().id(), limit);
        if (!decision.allowed()) {
            long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
            response.setHeader("Retry-After", Long.toString(seconds));
            ApiErrors.write(response, 429, "Rate limit exceeded: at most " + limit.hits() + " requests per "
                    + limit.window() + " for each key; retry after " + seconds + " s.");
            return;
        }
        chain.doFilter(request, response);
    }
}
