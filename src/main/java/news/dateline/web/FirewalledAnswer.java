package news.dateline.web;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;

/**
 * What the early lanes ({@link AnonymousReaderLane}, {@link SignedInReaderLane}) do around the article feature's
 * answer, as Spring Security's chains would: the request checked with the same firewall, the response guarded by it,
 * and the readers' chain's security headers ({@link ReaderPageHeaders}) handed over to be written once the page is
 * sure to be answered.
 */
final class FirewalledAnswer {

    /** The article feature's answer to a checked request: whether it wrote the response. */
    interface Answer {
        boolean answer(HttpServletRequest checked, HttpServletResponse guarded,
                       Consumer<HttpServletResponse> securityHeaders) throws IOException;
    }

    private final HttpFirewall firewall;
    private final List<HeaderWriter> headers = ReaderPageHeaders.writers();
    private final RequestRejectedHandler rejected = new HttpStatusRequestRejectedHandler();

    FirewalledAnswer(HttpFirewall firewall) {
        this.firewall = firewall;
    }

    /**
     * @return whether the response was written: the page, or a 400 for a header the page read that the firewall
     *         refused (as Spring Security's chain answers it); false for a request the firewall refuses outright,
     *         which the chain then refuses as it always has
     */
    boolean answered(HttpServletRequest request, HttpServletResponse response, Answer answer)
            throws IOException, ServletException {
        FirewalledRequest checked;
        try {
            checked = firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException refused) {
            return false;
        }
        HttpServletResponse guarded = firewall.getFirewalledResponse(response);
        try {
            return answer.answer(checked, guarded, written -> {
                for (HeaderWriter writer : headers) {
                    writer.writeHeaders(checked, written);
                }
            });
        } catch (RequestRejectedException refused) {
            // a header the page read (the recorder reads the User-Agent) failed the firewall's check
            rejected.handle(request, response, refused);
            return true;
        }
    }
}
