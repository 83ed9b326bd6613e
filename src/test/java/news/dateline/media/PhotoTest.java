package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class PhotoTest {

    static Photo photo(List<Integer> widths) {
        return new Photo(12, "A caption", "AFP", "A minister", 1000, 750, !widths.isEmpty(), widths, Instant.EPOCH);
    }

    @Test
    void picksTheSmallestRenditionWideEnoughOrTheLargest() {
        Photo photo = photo(List.of(320, 640, 1000));
        assertThat(photo.src(300)).isEqualTo("/media/photos/12-320.jpg");
        assertThat(photo.src(641)).isEqualTo("/media/photos/12-1000.jpg");
        assertThat(photo.src(5000)).isEqualTo("/media/photos/12-1000.jpg");
        assertThat(photo.src()).isEqualTo("/media/photos/12-1000.jpg");
    }

    @Test
    void listsEveryRenditionInTheSrcset() {
        assertThat(photo(List.of(320, 640)).srcset())
                .isEqualTo("/media/photos/12-320.jpg 320w, /media/photos/12-640.jpg 640w");
        assertThat(photo(List.of(320)).sizes()).isEqualTo(Photo.ARTICLE_SIZES);
    }

    @Test
    void captionOnlyPhotoHasNoUrls() {
        Photo photo = photo(List.of());
        assertThat(photo.missingImage()).isTrue();
        assertThat(photo.src()).isNull();
        assertThat(photo.srcset()).isNull();
        assertThat(photo.sizes()).isNull();
    }
}
