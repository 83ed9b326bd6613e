package news.dateline.api.web;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import news.dateline.api.ArticleSlice;
import news.dateline.api.ContentApi;
import news.dateline.article.Article;
import news.dateline.ingest.NinjsExport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's articles: a list newest first with filters and cursor paging, and one article by id or slug, as JSON
 * or, asked for with {@code Accept: application/ninjs+json} or {@code ?format=ninjs}, as ninjs 3.0.
 */
@RestController
class ArticleApiController {

    static final String PATH = "/api/v1/articles";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String NINJS = "IPTC ninjs 3.0: https://www.iptc.org/std/ninjs/ninjs-schema_3.0.json";

    private final ContentApi api;
    private final ApiViews views;
    private final NinjsExport ninjs;

    ArticleApiController(ContentApi api, ApiViews views, NinjsExport ninjs) {
        this.api = api;
        this.views = views;
        this.ninjs = ninjs;
    }

    @GetMapping(PATH)
    ResponseEntity<ApiJson.ArticleList> list(
            @Parameter(description = "section slug") @RequestParam(required = false) String section,
            @Parameter(description = "author slug") @RequestParam(required = false) String author,
            @Parameter(description = "tag slug") @RequestParam(required = false) String tag,
            @Parameter(description = "published at or after (ISO-8601 with offset)")
            @RequestParam(required = false) String since,
            @Parameter(description = "published before (ISO-8601 with offset)")
            @RequestParam(required = false) String until,
            @Parameter(description = "1 to 100, default 20") @RequestParam(required = false) String limit,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
        var request = ArticleListParameters.read(section, author, tag, since, until, limit, cursor);
        ArticleSlice slice = api.articles(request);
        var body = new ApiJson.ArticleList(slice.items().stream().map(views::item).toList(),
                slice.next() == null ? null : ArticleCursor.encode(slice.next()));
        return ApiCaching.ok().body(body);
    }

    @GetMapping(PATH + "/{id}")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = JSON, schema = @Schema(implementation = ApiJson.Article.class)),
            @Content(mediaType = NinjsExport.MEDIA_TYPE, schema = @Schema(type = "object", description = NINJS))})
    ResponseEntity<?> byId(@PathVariable long id, @RequestParam(required = false) String format,
                           @RequestHeader(value = "Accept", required = false) String accept) {
        return one(api.article(id), "No published article with id " + id + ".", format, accept);
    }

    @GetMapping(PATH + "/by-slug/{slug}")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = JSON, schema = @Schema(implementation = ApiJson.Article.class)),
            @Content(mediaType = NinjsExport.MEDIA_TYPE, schema = @Schema(type = "object", description = NINJS))})
    ResponseEntity<?> bySlug(@PathVariable String slug, @RequestParam(required = false) String format,
                             @RequestHeader(value = "Accept", required = false) String accept) {
        return one(api.articleBySlug(slug), "No published article with slug '" + slug + "'.", format, accept);
    }

    private ResponseEntity<?> one(Optional<Article> found, String missing, String format, String accept) {
        boolean asNinjs = ArticleFormat.ninjs(format, accept);
        Article article = found.orElseThrow(() -> new ApiExceptionHandler.NotFound(missing));
        // Last-Modified lets Spring answer If-Modified-Since with 304 (the ETag filter answers If-None-Match)
        var response = ApiCaching.ok().varyBy("Accept");
        if (asNinjs) {
            return response.lastModified(article.modifiedAt())
                    .contentType(MediaType.parseMediaType(NinjsExport.MEDIA_TYPE))
                    .body(ninjs.write(article, ContentApi.bodyServed(article.accessLevel())));
        }
        ApiJson.Article json = views.article(article);
        // a live blog's entries change without the article: a deleted entry moves no date, so only the ETag tells
        return (json.liveBlog() == null ? response.lastModified(article.modifiedAt()) : response)
                .contentType(MediaType.APPLICATION_JSON).body(json);
    }
}
