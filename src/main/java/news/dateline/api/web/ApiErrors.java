package news.dateline.api.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's one error shape, {@code {"error": "…"}}, written by the request filter (before any controller runs)
 * and by {@link ApiExceptionHandler}. The message names the problem; it never carries an exception's text.
 */
final class ApiErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiErrors() {
    }

    static Map<String, String> body(String message) {
        return Map.of("error", message);
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(JSON.writeValueAsString(body(message)));
    }
}
