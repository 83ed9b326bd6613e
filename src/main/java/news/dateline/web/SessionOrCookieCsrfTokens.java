package news.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where CSRF tokens are kept: in the session when the reader has one (every signed-in member), otherwise in an
 * HttpOnly, SameSite=Lax cookie. An anonymous page with a form (the sign-in and registration pages) so costs no
 * session: before, every anonymous hit of the sign-in page created a session row in PostgreSQL. Sign-in replaces
 * the token ({@code CsrfAuthenticationStrategy} saves null, then a new one), which moves it into the new session and
 * clears the cookie; sign-out clears both. Used by {@link SecurityConfiguration}.
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokens() {
        cookie.setCookieCustomizer(c -> c.httpOnly(true).sameSite("Lax"));
        cookie.setHeaderName("X-CSRF-TOKEN"); // as the session's tokens name it
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            session.saveToken(token, request, response);
            if (token == null && cookie.loadToken(request) != null) {
                cookie.saveToken(null, request, response);
            }
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        CsrfToken inSession = request.getSession(false) != null ? session.loadToken(request) : null;
        // a session begun after the form was served (another tab saved a request) holds no token yet
        return inSession != null ? inSession : cookie.loadToken(request);
    }
}
