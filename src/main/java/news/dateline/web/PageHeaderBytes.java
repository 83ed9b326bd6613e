package news.dateline.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security headers of a reader's read ({@link ReaderReads}), put into Tomcat's response as bytes before any
 * filter runs. Tomcat turns every header value given as a String into bytes with a new {@code CharsetEncoder} over a
 * {@code CharBuffer} per header per response, and these five (the CSP alone is 180 characters) were the largest part
 * of that on the pages readers load most (JFR, bench/RESULTS.md). Spring Security's header writers write a header
 * only when the response has none of that name, so the readers' chain leaves these in place; a response that is
 * reset (an error page) loses them and gets Spring Security's own again. HSTS stays with Spring Security (HTTPS only).
 *
 * <p>The values are those {@link SecurityConfiguration#pageHeaders} configures, which {@code PageHeaderBytesIT}
 * checks against a page the valve does not touch.
 */
final class PageHeaderBytes extends ValveBase {

    static final Map<String, String> HEADERS = headers();

    private final byte[][] names;
    private final byte[][] values;
    private final RequestMatcher readerReads;

    PageHeaderBytes(RequestMatcher readerReads) {
        super(true);
        this.readerReads = readerReads;
        this.names = HEADERS.keySet().stream().map(PageHeaderBytes::latin1).toArray(byte[][]::new);
        this.values = HEADERS.values().stream().map(PageHeaderBytes::latin1).toArray(byte[][]::new);
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-XSS-Protection", "0");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        return headers;
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (readerReads.matches(request)) {
            MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
            for (int i = 0; i < names.length; i++) {
                // Tomcat only reads these arrays (it copies them into its output buffer), so one copy serves all
                headers.addValue(names[i], 0, names[i].length).setBytes(values[i], 0, values[i].length);
            }
        }
        getNext().invoke(request, response);
    }
}
