package news.dateline.web;

import news.dateline.article.SectionDirectory;
import news.dateline.member.MemberRateLimits;
import news.dateline.member.SignInRateLimitFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;

/**
 * Who reaches what. Reader pages are public; the newsroom ({@code /admin}) needs an editor or admin, and
 * staff accounts are managed by admins only; {@code /account} needs a signed-in member. CSRF protection stays on
 * for every form; an anonymous reader's token is kept in a cookie, not a session ({@link SessionOrCookieCsrfTokens}).
 * Sessions live in PostgreSQL (Spring Session JDBC); their cookie is HttpOnly, SameSite=Lax and
 * Secure whenever the request came over HTTPS.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /**
     * No observation of each security filter: the wrappers around every filter of every request cost more than
     * a page's template (JFR, bench/RESULTS.md), and no metric is read (management.observations.enable.all=false).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The reads of {@link #readerReadsFilterChain}, also spared Spring Session's wrappers ({@link ReaderSessions}). */
    @Bean
    ReaderReads readerReads(SectionDirectory sections) {
        return new ReaderReads(slug -> sections.bySlug(slug).isPresent());
    }

    /**
     * Spring Security's strict firewall, its header checks without regular expressions ({@link FirewallText}): the
     * one the chains check every request with, and the anonymous readers' early lane ({@link AnonymousReaderLane}).
     */
    @Bean
    HttpFirewall firewall() {
        return FirewallText.firewall();
    }

    @Bean
    WebSecurityCustomizer firewallForTheChains(HttpFirewall firewall) {
        return web -> web.httpFirewall(firewall);
    }

    /**
     * The reads readers and crawlers make most ({@link ReaderReads}): who is reading (from the session), a CSRF token
     * for the page's forms, and the same headers as every page, without the filters that do nothing for them. With
     * no authorization rules here, what this chain matches must be open to anyone, which {@link ReaderReads} keeps to.
     * <ul>
     * <li>First of all chains: its reads are never the API's ({@code /api} is reserved, {@link ReaderReads}), so
     * asking the API chain's path pattern first cost every article page a path match for nothing (JFR).</li>
     * <li>No session management: it only added a filter that wraps the response to stop session ids being put in
     * links, which no session here can be (sessions are Spring Session's, in a cookie; the container makes none,
     * {@link SessionConfiguration#noContainerSessions}). The security context is still read from the session.</li>
     * <li>No anonymous authentication: nothing on these reads asks for an anonymous token (a reader without a
     * session is a null member everywhere), and the filter made one per request.</li>
     * </ul>
     */
    @Bean
    @Order(0)
    SecurityFilterChain readerReadsFilterChain(HttpSecurity http, ReaderReads readerReads) throws Exception {
        http.securityMatcher(readerReads)
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokens()))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .servletApi(api -> api.disable())
                .exceptionHandling(exceptions -> exceptions.disable())
                .sessionManagement(sessions -> sessions.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(ReaderPageHeaders::configure);
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, MemberRateLimits rateLimits) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/members/**", "/admin/dev/**", "/admin/desks/**").hasRole("ADMIN")
                        // content API keys open the archive to machines: granted like staff accounts, by admins
                        .requestMatchers("/admin/api-keys/**").hasRole("ADMIN")
                        // money: a member's receipts and payment events, and the revenue figures
                        .requestMatchers("/admin/subscriptions/members/**", "/admin/revenue/**").hasRole("ADMIN")
                        // asking the providers and repairing subscriptions on demand (access/payment reconciliation)
                        .requestMatchers("/admin/payments/reconcile").hasRole("ADMIN")
                        // the community desk: comment moderation, guidelines, word lists, comment imports
                        .requestMatchers("/admin/moderation/**", "/admin/community/**").hasAnyRole("MODERATOR", "ADMIN")
                        // what only editors do to an article: publish, schedule, unpublish, approve, send back, assign,
                        // embargo, correct (article.review checks the same again)
                        .requestMatchers("/admin/articles/*/publish", "/admin/articles/*/schedule",
                                "/admin/articles/*/unpublish", "/admin/articles/*/approve", "/admin/articles/*/send-back",
                                "/admin/articles/*/assign", "/admin/articles/*/embargo", "/admin/articles/*/corrections/**")
                        .hasAnyRole("EDITOR", "ADMIN")
                        // writers write: their own articles only (article.review decides which are theirs)
                        .requestMatchers("/admin/articles", "/admin/articles/**").hasAnyRole("WRITER", "EDITOR", "ADMIN")
                        .requestMatchers("/admin/**").hasAnyRole("EDITOR", "ADMIN")
                        // what operations reads: counts of mail, copies and comments; health stays public
                        .requestMatchers("/actuator/prometheus", "/actuator/metrics/**").hasRole("ADMIN")
                        .requestMatchers("/account/**", "/account").authenticated()
                        .anyRequest().permitAll())
                // password attempts are counted per address and per IP before the password is even checked
                // RFC 8058 one-click unsubscribe: mail providers POST without cookies or a CSRF token; the signed
                // token in the link is the authority, and the request can only unsubscribe its own address
                // payment providers' webhooks: no session or token; each delivery is signed with the webhook secret
                // and verified by the provider's library before anything is stored (access/payment)
                .csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokens())
                        .ignoringRequestMatchers("/newsletters/unsubscribe", "/webhooks/**"))
                .addFilterBefore(new SignInRateLimitFilter(rateLimits), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/signin").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/"))
                // the session id changes at sign-in (Spring Security's default, kept explicit: it defeats fixation)
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(ReaderPageHeaders::configure);
        return http.build();
    }

}
