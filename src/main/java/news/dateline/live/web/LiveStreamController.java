package news.dateline.live.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.Article;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ReadingGate;
import news.dateline.live.LiveEvents;
import news.dateline.live.LiveStreams;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The streams readers' pages open: an article's ({@code /live/articles/{id}}: its live blog entries and comments,
 * and the site's banner) and the site's alone ({@code /live/site}). Open to anyone, and read through the short
 * security chain for reader reads, which starts no session. Who may read the article is decided once, when the
 * stream opens, by the same {@link ReadingGate} as the article page: a reader the wall stops gets the banner only.
 */
@RestController
class LiveStreamController {

    private final LiveStreams streams;
    private final ArticleQueries articles;
    private final ReadingGate gate;

    LiveStreamController(LiveStreams streams, ArticleQueries articles, ReadingGate gate) {
        this.streams = streams;
        this.articles = articles;
        this.gate = gate;
    }

    @GetMapping(path = "/live/articles/{id}", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter article(@PathVariable long id, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                       @RequestParam(required = false) String from, @AuthenticationPrincipal SignedInMember member,
                       HttpServletRequest request, HttpServletResponse response) {
        Article article = articles.published(id).orElseThrow(() -> new NotFoundException("article " + id));
        List<String> channels = List.of(LiveEvents.article(id), LiveEvents.SITE);
        long[] place = streams.place(channels, lastEventId, from);
        boolean walled = !gate.admit(article, member, request, response).granted();
        noStore(response);
        return streams.open(channels, place, new boolean[] {walled, false});
    }

    @GetMapping(path = "/live/site", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter site(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                    @RequestParam(required = false) String from, HttpServletResponse response) {
        List<String> channels = List.of(LiveEvents.SITE);
        long[] place = streams.place(channels, lastEventId, from);
        noStore(response);
        return streams.open(channels, place, new boolean[] {false});
    }

    /** Nobody stores a stream; proxies that buffer (nginx) are asked not to. */
    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Accel-Buffering", "no");
    }

    @ExceptionHandler(LiveStreams.InvalidLastEventId.class)
    ResponseEntity<String> invalidPlace(LiveStreams.InvalidLastEventId e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
    }
}
