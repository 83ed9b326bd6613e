package news.dateline.web;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;

/**
 * The security headers of every page, in one place: Spring Security's defaults (no MIME sniffing, the XSS auditor
 * off, no framing, HSTS on HTTPS requests) with our HSTS settings, CSP and referrer policy. The security chains are
 * configured from it ({@link #configure}); the anonymous reader's early lane ({@link AnonymousReaderLane}), which
 * answers before those chains, writes {@link #writers} with Spring Security's own writers. Cache-Control is not
 * here: the chains add Spring Security's no-cache default for pages that set none, and every page the early lane
 * answers sets its own.
 */
final class ReaderPageHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

    private ReaderPageHeaders() {
    }

    /** HSTS (sent on HTTPS requests only, Spring Security's default), the CSP and the referrer policy. */
    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY));
    }

    /** The same headers as {@link #configure} gives the chains, but Cache-Control, as Spring Security's writers. */
    static List<HeaderWriter> writers() {
        HstsHeaderWriter hsts = new HstsHeaderWriter();
        hsts.setIncludeSubDomains(true);
        hsts.setMaxAgeInSeconds(HSTS_MAX_AGE_SECONDS);
        return List.of(new XContentTypeOptionsHeaderWriter(), new XXssProtectionHeaderWriter(), hsts,
                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY),
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY),
                new ReferrerPolicyHeaderWriter(REFERRER_POLICY));
    }
}
