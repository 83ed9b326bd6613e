package news.dateline.web;

/** What the readers' lane tests compare between a lane's answer and the full chain's: one list for both lanes. */
final class ReaderPageHeaderNames {

    /** The security headers every reader page carries, as Spring Security's chains write them. */
    static final String[] SECURITY_HEADERS = {"X-Content-Type-Options", "X-XSS-Protection", "X-Frame-Options",
            "Content-Security-Policy", "Referrer-Policy", "Strict-Transport-Security"};

    /** As a TLS-terminating proxy says it (server.forward-headers-strategy=native): HSTS is sent on HTTPS only. */
    static final String[] OVER_HTTPS = {"X-Forwarded-Proto", "https"};

    private ReaderPageHeaderNames() {
    }
}
