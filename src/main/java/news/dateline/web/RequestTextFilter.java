package news.dateline.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before any other code reads them, request parameters that no page of the site can hold: a NUL
 * character ({@code %00}, which PostgreSQL text cannot store and which reached it as a 500) and bytes that are not
 * UTF-8 (which the servlet container would otherwise drop with an error). The answer is a 400 that names the
 * parameter: the site's error page, or the API's {@code {"error": "…"}} under {@code /api/}. Uploads (multipart)
 * are left to their pages. Registered in {@link RequestTextConfiguration}, ahead of security and sessions, for
 * requests only: a plain filter, since Spring's once-per-request guard cost a request attribute per request.
 */
class RequestTextFilter implements Filter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String problem = isMultipart(request) ? null : problem(request);
        if (problem == null) {
            chain.doFilter(request, response);
        } else if (request.getRequestURI().startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write(JSON.writeValueAsString(Map.of("error", problem)));
        } else {
            request.setAttribute(ErrorPages.PROBLEM, problem);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** What is wrong with the request's parameters, or null. */
    static String problem(HttpServletRequest request) {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException e) {
            // Tomcat's InvalidParameterException: a parameter's bytes are not UTF-8
            return "The address or form holds text that is not valid UTF-8.";
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return "A field name holds a NUL character (%00), which no field here accepts.";
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return "The field “" + parameter.getKey() + "” holds a NUL character (%00), which no field"
                            + " here accepts.";
                }
            }
        }
        return null;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, "multipart/", 0, 10);
    }
}
