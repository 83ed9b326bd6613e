package news.dateline.media.web;

import news.dateline.media.Photo;
import news.dateline.media.PhotoLibrary;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves photo renditions at {@link Photo#renditionUrl} ({@code /media/photos/<id>-<width>.jpg}) straight
 * from disk, streamed, without a database query. A rendition never changes once written, so browsers and a
 * CDN may keep it for a year.
 */
@Controller
class PhotoFileController {

    static final String CACHE_FOR_EVER = "public, max-age=31536000, immutable";

    private final PhotoLibrary library;

    PhotoFileController(PhotoLibrary library) {
        this.library = library;
    }

    @GetMapping("/media/photos/{id:\\d{1,18}}-{width:\\d{1,5}}.jpg")
    ResponseEntity<Resource> rendition(@PathVariable long id, @PathVariable int width) {
        return library.renditionFile(id, width)
                .<ResponseEntity<Resource>>map(file -> ResponseEntity.ok()
                        .header(HttpHeaders.CACHE_CONTROL, CACHE_FOR_EVER)
                        .contentType(MediaType.IMAGE_JPEG)
                        .body(new FileSystemResource(file)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
