package news.dateline.member;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate-limits password sign-in (the form Spring Security handles at {@code POST /signin}) per address and per IP.
 * Placed before the authentication filter by the security configuration; a refused attempt never reaches the
 * password check and is forwarded to {@link #REFUSED_PATH}, which answers 429 with a page saying how long to wait.
 * Not a bean, so the servlet container does not run it a second time outside the security chain.
 */
public class SignInRateLimitFilter extends OncePerRequestFilter {

    public static final String REFUSED_PATH = "/signin/too-many-attempts";
    public static final String VERDICT_ATTRIBUTE = SignInRateLimitFilter.class.getName() + ".verdict";

    private final MemberRateLimits limits;

    public SignInRateLimitFilter(MemberRateLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && "/signin".equals(request.getServletPath())) {
            MemberRateLimits.Verdict verdict = limits.signIn(request.getParameter("username"), request.getRemoteAddr());
            if (!verdict.allowed()) {
                request.setAttribute(VERDICT_ATTRIBUTE, verdict);
                request.getRequestDispatcher(REFUSED_PATH).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
