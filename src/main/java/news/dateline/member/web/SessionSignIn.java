package news.dateline.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.member.SignedInMember;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Signs a member in (or refreshes or ends the session) outside Spring Security's password form: after an emailed
 * code or link, or a verified email. Like the form, it gives the session a new id at sign-in, so an id planted
 * before (session fixation) is worthless.
 */
@Component
class SessionSignIn {

    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();

    /** Signs in and returns where to go: the page that asked for sign-in, or {@code fallback}. */
    String signIn(SignedInMember member, String fallback, HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = savedRequests.getRequest(request, response);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        store(member, request, response);
        if (saved != null) {
            savedRequests.removeRequest(request, response);
            return saved.getRedirectUrl();
        }
        return fallback;
    }

    /** Puts a fresh principal (a changed name or email) into the current session. */
    void refresh(SignedInMember member, HttpServletRequest request, HttpServletResponse response) {
        store(member, request, response);
    }

    void signOut(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
    }

    private void store(SignedInMember member, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
