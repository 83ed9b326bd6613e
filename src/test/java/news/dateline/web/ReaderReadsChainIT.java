package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.servlet.Filter;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * The readers' short chain ({@link ReaderReads}) is asked first, before the API's, and holds what a reader's read
 * needs (who is reading, the CSRF token, the headers) and none of the filters that did nothing for it.
 */
@IntegrationTest
class ReaderReadsChainIT {

    @Autowired
    FilterChainProxy security;

    @Test
    void theReadersChainIsAskedFirstAndHoldsOnlyWhatAReadNeeds() {
        SecurityFilterChain first = security.getFilterChains().getFirst();
        assertThat(first.matches(new MockHttpServletRequest("GET", "/robots.txt"))).isTrue();
        assertThat(first.matches(new MockHttpServletRequest("GET", "/api/v1/articles"))).isFalse();
        List<Class<?>> filters = first.getFilters().stream().<Class<?>>map(Filter::getClass).toList();
        assertThat(filters).contains(SecurityContextHolderFilter.class, HeaderWriterFilter.class, CsrfFilter.class)
                .doesNotContain(DisableEncodeUrlFilter.class, AnonymousAuthenticationFilter.class);
    }

    @Test
    void theApiIsStillAnsweredByItsOwnChain() {
        MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/v1/articles");
        api.setRequestURI("/api/v1/articles");
        SecurityFilterChain chain = security.getFilterChains().stream().filter(c -> c.matches(api)).findFirst()
                .orElseThrow();
        assertThat(chain.getFilters()).noneMatch(CsrfFilter.class::isInstance); // the API's chain has no CSRF
    }
}
