package news.dateline.web;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import news.dateline.database.ChangeFeed;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.session.autoconfigure.SessionProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC; tables from Flyway) so any node serves any reader. The
 * session filter reaches them through {@link CachedSessionRepository}: each node reads its own copy, writes only
 * what changed, and hears of other nodes' changes through the {@link ChangeFeed}.
 * {@link SessionCacheProperties} bounds how stale a stored last-access time may be; the timeout is Boot's
 * {@code spring.session.timeout} (30 days when unset).
 * Declaring the repositories here replaces Boot's JDBC session configuration.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableSpringHttpSession
@EnableConfigurationProperties(SessionCacheProperties.class)
class SessionConfiguration {

    private static final String TOPIC = "session";

    /** Removes expired sessions every minute on each node (the repository schedules it when initialised). */
    @Bean
    JdbcIndexedSessionRepository jdbcSessionRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions,
            SessionProperties boot) {
        JdbcIndexedSessionRepository sessions = new JdbcIndexedSessionRepository(jdbc, new TransactionTemplate(transactions));
        sessions.setDefaultMaxInactiveInterval(boot.determineTimeout(() -> Duration.ofDays(30)));
        // Two requests of one session (a double click, parallel htmx calls) may both add the same attribute, such
        // as the flash message of a redirect: the second plain INSERT broke the unique key and answered 500.
        new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(sessions);
        return sessions;
    }

    @Bean
    @Primary
    CachedSessionRepository<?> cachedSessionRepository(JdbcIndexedSessionRepository sessions, ChangeFeed changes,
            SessionCacheProperties properties, MeterRegistry metrics) {
        CachedSessionRepository<?> cached = new CachedSessionRepository<>(sessions, properties.touchInterval(),
                id -> changes.publish(TOPIC, id), metrics);
        changes.subscribe(TOPIC, cached::evict);
        changes.onReset(cached::evictAll);
        return cached;
    }
}
