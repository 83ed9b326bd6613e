package news.dateline.audience.web;

import java.util.Base64;

import news.dateline.audience.EditionClicks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A newsletter copy's tracking image: counts the opening when its signature is the copy's, and always answers the
 * same transparent 1×1 GIF, never stored by a cache (each loading must reach us) and with no cookie, so a forged or
 * failed count looks no different to the mail client and never shows an error in a reader's mail.
 */
@RestController
class OpenPixelController {

    private static final Logger log = LoggerFactory.getLogger(OpenPixelController.class);
    private static final byte[] GIF = Base64.getDecoder()
            .decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final EditionClicks clicks;

    OpenPixelController(EditionClicks clicks) {
        this.clicks = clicks;
    }

    @GetMapping("/o/{edition:\\d{1,18}}/{subscriber:\\d{1,18}}.gif")
    ResponseEntity<byte[]> open(@PathVariable long edition, @PathVariable long subscriber,
                                @RequestParam(name = "s", required = false) String signature) {
        try {
            clicks.opened(edition, subscriber, signature);
        } catch (RuntimeException e) { // an open not counted is better than a broken image in a reader's mail
            log.warn("Could not count an opening of edition {}: {}", edition, e.toString());
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_GIF).cacheControl(CacheControl.noStore())
                .body(GIF);
    }
}
