package news.dateline.web;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import news.dateline.article.AnonymousArticlePages;
import news.dateline.article.SignedInArticlePages;
import news.dateline.database.ChangeFeed;
import org.apache.catalina.session.StandardManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.session.autoconfigure.SessionProperties;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC; tables from Flyway) so any node serves any reader. The
 * session filter reaches them through {@link CachedSessionRepository}: each node reads its own copy, writes only
 * what changed, and hears of other nodes' changes through the {@link ChangeFeed}.
 * {@link SessionCacheProperties} bounds how stale a stored last-access time may be; the timeout is Boot's
 * {@code spring.session.timeout} (30 days when unset).
 * Declaring the repositories here replaces Boot's JDBC session configuration. Spring Session's filter is registered
 * here too, inside {@link ReaderSessions}, which spares an anonymous reader's reads its wrappers, and the early lanes
 * that answer readers' article pages before it ({@link AnonymousReaderLane}, {@link SignedInReaderLane}).
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
                announcement -> changes.publish(TOPIC, announcement), metrics);
        changes.subscribe(TOPIC, cached::heard);
        changes.onReset(cached::evictAll);
        return cached;
    }

    // the name of the registration Boot's SessionRepositoryFilterConfiguration makes for Spring Session's filter
    private static final String BOOT_REGISTRATION = "sessionRepositoryFilterRegistration";

    /** Spring Session's filter, where and when Boot would register it, but behind {@link ReaderSessions}. */
    @Bean
    FilterRegistrationBean<ReaderSessions> readerSessions(SessionRepositoryFilter<?> sessions, ReaderReads readerReads,
            SessionProperties boot, ServerProperties server) {
        var registration = new FilterRegistrationBean<>(new ReaderSessions(sessions, readerReads, cookieName(server)));
        registration.setOrder(boot.getServlet().getFilterOrder());
        registration.setDispatcherTypes(boot.getServlet().getFilterDispatcherTypes().stream()
                .map(type -> DispatcherType.valueOf(type.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DispatcherType.class))));
        return registration;
    }

    /**
     * The anonymous readers' early lane ({@link AnonymousReaderLane}), right before Spring Session's filter: after the
     * filters every request needs first (UTF-8 parameters, {@link RequestTextFilter}, {@link BannerCacheLimit}).
     */
    @Bean
    FilterRegistrationBean<AnonymousReaderLane> anonymousReaderLane(AnonymousArticlePages pages, HttpFirewall firewall,
            ReaderReads readerReads, SessionProperties boot, ServerProperties server) {
        var registration = new FilterRegistrationBean<>(
                new AnonymousReaderLane(pages, firewall, readerReads, cookieName(server)));
        registration.setOrder(boot.getServlet().getFilterOrder() - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * The signed-in readers' early lane ({@link SignedInReaderLane}), beside the anonymous readers' (a request carries a
     * session cookie or not, so at most one of them answers it). The cookie is read as Spring Session reads it (Boot's
     * serializer, from the same {@code server.servlet.session.cookie} settings).
     */
    @Bean
    FilterRegistrationBean<SignedInReaderLane> signedInReaderLane(SignedInArticlePages pages,
            CachedSessionRepository<?> sessions, ObjectProvider<CookieSerializer> cookies, HttpFirewall firewall,
            ReaderReads readerReads, SessionProperties boot, MeterRegistry metrics) {
        var registration = new FilterRegistrationBean<>(new SignedInReaderLane(pages, sessions,
                cookies.getIfAvailable(DefaultCookieSerializer::new), firewall, readerReads, metrics));
        registration.setOrder(boot.getServlet().getFilterOrder() - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    // Spring Session names its cookie SESSION unless server.servlet.session.cookie.name says otherwise
    private static String cookieName(ServerProperties server) {
        return Objects.requireNonNullElse(server.getServlet().getSession().getCookie().getName(), "SESSION");
    }

    /** Turns Boot's own registration of Spring Session's filter off: {@link #readerSessions} takes its place. */
    @Bean
    static BeanPostProcessor bootSessionFilterRegistrationOff() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration && BOOT_REGISTRATION.equals(name)) {
                    registration.setEnabled(false);
                }
                return bean;
            }
        };
    }

    /**
     * Sessions are Spring Session's alone: the servlet container may start none of its own. A request that
     * {@link ReaderSessions} left unwrapped and that still asked for a new session fails here, loudly, instead of
     * starting a session in one node's memory.
     */
    @Bean
    TomcatContextCustomizer noContainerSessions() {
        return context -> {
            StandardManager manager = new StandardManager();
            manager.setMaxActiveSessions(0);
            manager.setPathname(null); // nothing to persist on shutdown
            context.setManager(manager);
        };
    }
}
