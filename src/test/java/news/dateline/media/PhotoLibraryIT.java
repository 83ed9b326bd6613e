package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import news.dateline.site.NotFoundException;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PhotoLibraryIT {

    @Autowired
    PhotoLibrary library;
    @Autowired
    PhotoStorage storage;
    @Autowired
    MediaProperties properties;
    @Autowired
    JdbcClient jdbc;

    @Test
    void uploadStoresTheOriginalAndRenditionsAndTheWords() {
        Photo photo = library.upload(new PhotoUpload("ayrault.jpg", TestImages.jpeg(1200, 800),
                " French Foreign Minister Jean-Marc Ayrault. ", "Reuters", "Ayrault at a lectern"));

        assertThat(photo.caption()).isEqualTo("French Foreign Minister Jean-Marc Ayrault.");
        assertThat(photo.width()).isEqualTo(1200);
        assertThat(photo.height()).isEqualTo(800);
        assertThat(photo.renditionWidths()).containsExactly(320, 640, 1024, 1200);
        assertThat(storage.folder(photo.id()).resolve("original.jpg")).exists();
        assertThat(library.renditionFile(photo.id(), 640)).isPresent();
        assertThat(library.renditionFile(photo.id(), 1600)).isEmpty();
        assertThat(library.find(photo.id())).contains(photo);
    }

    @Test
    void webpUploadIsResizedToJpeg() throws Exception {
        Photo photo = library.upload(new PhotoUpload("gradient.webp", TestImages.resource(TestImages.WEBP_400X300),
                "A gradient", null, null));

        assertThat(photo.renditionWidths()).containsExactly(320, 400);
        byte[] rendition = Files.readAllBytes(library.renditionFile(photo.id(), 320).orElseThrow());
        assertThat(ImageFormat.detect(rendition)).contains(ImageFormat.JPEG);
        assertThat(TestImages.decode(rendition).getHeight()).isEqualTo(240);
    }

    @Test
    void aSmallSixteenBitPngOfManyPixelsIsStoredWithItsOwnSizeAndEveryRendition() throws Exception {
        Photo photo = library.upload(new PhotoUpload("deep.png", PhotoProcessorTest.DEEP_PNG, "Deep colour", null, null));

        assertThat(photo.width()).isEqualTo(7000);
        assertThat(photo.height()).isEqualTo(7000);
        assertThat(photo.renditionWidths()).containsExactly(320, 640, 1024, 1600);
        byte[] widest = Files.readAllBytes(library.renditionFile(photo.id(), 1600).orElseThrow());
        assertThat(TestImages.decode(widest).getHeight()).isEqualTo(1600);
    }

    @Test
    void rejectedUploadStoresNothing() throws Exception {
        long rows = photoRows();
        long folders = stagingFolders();

        assertThatThrownBy(() -> library.upload(new PhotoUpload("notes.txt", "hello".getBytes(), "c", null, null)))
                .isInstanceOf(PhotoRejectedException.class)
                .hasMessage("notes.txt is not a JPEG, PNG or WebP image");
        byte[] oversized = new byte[(int) properties.maxUploadSize().toBytes() + 1];
        assertThatThrownBy(() -> library.upload(new PhotoUpload("huge.jpg", oversized, "c", null, null)))
                .hasMessage("huge.jpg is 15 MB; photos may be at most 15 MB");

        assertThat(photoRows()).isEqualTo(rows);
        assertThat(stagingFolders()).isEqualTo(folders);
    }

    @Test
    void captionOnlyPhotoIsFlaggedUntilAnImageIsAttached() {
        Photo flagged = library.captionOnly("French Foreign Minister Jean-Marc Ayrault.", "AFP");
        assertThat(flagged.missingImage()).isTrue();
        assertThat(library.recent(200)).extracting(Photo::id).contains(flagged.id());

        Photo attached = library.attachImage(flagged.id(),
                new PhotoUpload("ayrault.png", TestImages.transparentPng(700, 500), null, null, null));

        assertThat(attached.missingImage()).isFalse();
        assertThat(attached.caption()).isEqualTo("French Foreign Minister Jean-Marc Ayrault.");
        assertThat(attached.credit()).isEqualTo("AFP");
        assertThat(attached.renditionWidths()).containsExactly(320, 640, 700);
        assertThat(storage.folder(flagged.id()).resolve("original.png")).exists();
    }

    @Test
    void aPhotoWithAnImageCannotGetASecondOne() {
        Photo photo = library.upload(new PhotoUpload("first.jpg", TestImages.jpeg(400, 300), null, null, null));

        assertThatThrownBy(() -> library.attachImage(photo.id(),
                new PhotoUpload("second.jpg", TestImages.jpeg(500, 300), null, null, null)))
                .hasMessage("second.jpg was not attached: photo " + photo.id() + " already has an image");
        assertThat(library.find(photo.id()).orElseThrow().width()).isEqualTo(400);
        assertThatThrownBy(() -> library.attachImage(Long.MAX_VALUE - 1,
                new PhotoUpload("x.jpg", TestImages.jpeg(10, 10), null, null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void describeReplacesTheWordsAndBlankMeansNone() {
        Photo photo = library.captionOnly("Old caption", "Old credit");

        Photo described = library.describe(photo.id(), "New caption", "  ", "A crowd in Brussels");

        assertThat(described.caption()).isEqualTo("New caption");
        assertThat(described.credit()).isNull();
        assertThat(described.altText()).isEqualTo("A crowd in Brussels");
    }

    @Test
    void findAllKeepsTheOrderAskedForAndSkipsUnknownIds() {
        Photo a = library.captionOnly("a", null);
        Photo b = library.captionOnly("b", null);

        assertThat(library.findAll(List.of(b.id(), Long.MAX_VALUE - 2, a.id())))
                .extracting(Photo::caption).containsExactly("b", "a");
        assertThat(library.findAll(List.of())).isEmpty();
    }

    private long photoRows() {
        return jdbc.sql("select count(*) from photo").query(Long.class).single();
    }

    private long stagingFolders() throws Exception {
        Path staging = properties.dir().resolve("staging");
        if (!Files.exists(staging)) {
            return 0;
        }
        try (Stream<Path> children = Files.list(staging)) {
            return children.count();
        }
    }
}
