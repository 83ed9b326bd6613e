package news.dateline.api.web;

import news.dateline.api.ContentApi;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The API's lists of sections, tags and authors: what the article list can be filtered by (their slugs). */
@RestController
class DirectoryApiController {

    private final ContentApi api;
    private final ApiViews views;

    DirectoryApiController(ContentApi api, ApiViews views) {
        this.api = api;
        this.views = views;
    }

    /** Every section, in the order of the site's navigation. */
    @GetMapping("/api/v1/sections")
    ResponseEntity<ApiJson.Items<ApiJson.Section>> sections() {
        return ok(new ApiJson.Items<>(api.sections().stream().map(views::section).toList()));
    }

    /** Tags of at least one published article, by name. */
    @GetMapping("/api/v1/tags")
    ResponseEntity<ApiJson.Items<ApiJson.Tag>> tags() {
        return ok(new ApiJson.Items<>(api.tags().stream().map(views::tag).toList()));
    }

    /** Authors of at least one published article, by name. */
    @GetMapping("/api/v1/authors")
    ResponseEntity<ApiJson.Items<ApiJson.Author>> authors() {
        return ok(new ApiJson.Items<>(api.authors().stream().map(views::author).toList()));
    }

    private static <T> ResponseEntity<T> ok(T body) {
        return ApiCaching.ok().body(body);
    }
}
