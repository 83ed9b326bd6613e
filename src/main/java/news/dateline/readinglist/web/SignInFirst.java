package news.dateline.readinglist.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/** Sends an anonymous reader to sign in, remembering this request so that sign-in comes back to it. */
final class SignInFirst {

    private static final RequestCache CACHE = new HttpSessionRequestCache();

    private SignInFirst() {
    }

    static String redirect(HttpServletRequest request, HttpServletResponse response) {
        CACHE.saveRequest(request, response);
        return "redirect:/signin";
    }
}
