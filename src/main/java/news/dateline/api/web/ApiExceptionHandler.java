package news.dateline.api.web;

import java.util.Map;

import news.dateline.api.InvalidApiRequestException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the API's controllers as {@code {"error": "…"}} JSON, ahead of the site's HTML error pages. */
@RestControllerAdvice(assignableTypes = {ArticleApiController.class, DirectoryApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    /** Thrown by the controllers for an id or slug with no published article. */
    static class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    @ExceptionHandler(InvalidApiRequestException.class)
    ResponseEntity<Map<String, String>> badRequest(InvalidApiRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> badParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "Invalid " + e.getName() + " '" + e.getValue() + "'.");
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Map<String, String>> notFound(NotFound e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).header("Cache-Control", "no-store").body(ApiErrors.body(message));
    }
}
