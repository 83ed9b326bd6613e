package news.dateline.audience.web;

import news.dateline.audience.EditionClicks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A newsletter link's click: counted, then on to the article ({@link EditionClicks}); a forged link goes nowhere. */
@RestController
class ClickRedirectController {

    private final EditionClicks clicks;

    ClickRedirectController(EditionClicks clicks) {
        this.clicks = clicks;
    }

    @GetMapping("/r/{edition:\\d{1,18}}")
    ResponseEntity<String> follow(@PathVariable long edition, @RequestParam(name = "u", required = false) String url,
                                  @RequestParam(name = "s", required = false) String signature) {
        return clicks.follow(edition, url, signature)
                .map(to -> ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, to)
                        .header(HttpHeaders.CACHE_CONTROL, "no-store").body(""))
                .orElseGet(() -> ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                        .body("This link is not one of ours, or it was changed after it was sent."));
    }
}
