package news.dateline.api.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other path under {@code /api}: a JSON 404 naming the path, instead of the site's HTML error page, so a
 * partner's typo reads like every other API error. Every real endpoint's pattern is more specific and wins.
 */
@RestController
@Hidden
class ApiPathNotFoundController {

    @GetMapping("/api/**")
    ResponseEntity<Map<String, String>> notFound(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).header("Cache-Control", "no-store")
                .body(ApiErrors.body("No such API path: " + request.getRequestURI()
                        + ". The endpoints are listed in /api/v1/openapi.json."));
    }
}
