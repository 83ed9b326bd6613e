package news.dateline.api.web;

import java.util.List;

import news.dateline.api.ApiKeys;
import news.dateline.api.ApiProperties;
import news.dateline.ratelimit.RateLimiter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Security of {@code /api/**}, ahead of the site's chain: stateless (no session is read or made, so no cookie
 * and no CSRF token: the API only reads), with the caller identified by {@link ApiKeyFilter} instead of a
 * sign-in. CORS is off unless {@code dateline.api.cors.allowed-origins} names origins; then their pages may GET
 * and read the ETag.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiKeys keys, RateLimiter limiter,
                                               ApiProperties properties) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .cors(cors -> cors.configurationSource(cors(properties.cors())))
                .addFilterBefore(new ApiKeyFilter(keys, limiter, properties), AuthorizationFilter.class);
        return http.build();
    }

    private static CorsConfigurationSource cors(ApiProperties.Cors settings) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!settings.allowedOrigins().isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(settings.allowedOrigins());
            cors.setAllowedMethods(List.of("GET", "HEAD"));
            cors.setAllowedHeaders(List.of(ApiKeyFilter.HEADER, "If-None-Match", "If-Modified-Since", "Accept"));
            cors.setExposedHeaders(List.of("ETag", "Last-Modified", "Retry-After"));
            cors.setMaxAge(3600L);
            source.registerCorsConfiguration("/api/**", cors);
        }
        return source;
    }
}
