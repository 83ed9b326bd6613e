package news.dateline.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The photo files on disk. Each photo has a folder {@code photos/<id / 1000>/<id>/} under
 * {@code dateline.media.dir} holding {@code original.<ext>} and {@code <width>.jpg} per rendition, so a
 * rendition's file follows from its URL without asking the database. A photo's files are written into a
 * fresh folder under {@code staging/} and then renamed into place in one atomic move: a crash leaves no
 * half-written photo, only a staging folder that nothing reads.
 */
@Component
class PhotoStorage {

    private static final Logger log = LoggerFactory.getLogger(PhotoStorage.class);

    private final Path root;

    PhotoStorage(MediaProperties properties) {
        this.root = properties.dir().toAbsolutePath().normalize();
    }

    static String renditionName(int width) {
        return width + ".jpg";
    }

    static String storageKey(long id) {
        return "photos/" + (id / 1000) + "/" + id;
    }

    Path folder(long id) {
        return root.resolve(storageKey(id));
    }

    Path rendition(long id, int width) {
        return folder(id).resolve(renditionName(width));
    }

    /** A new, empty folder to write one photo's files into before {@link #publish}. */
    Path newStagingFolder() {
        try {
            return Files.createDirectories(root.resolve("staging").resolve(UUID.randomUUID().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a staging folder under " + root, e);
        }
    }

    void writeOriginal(Path staging, ImageFormat format, byte[] bytes) throws IOException {
        Files.write(staging.resolve("original." + format.extension), bytes);
    }

    /** Moves a staged folder to be the photo's folder, replacing a stale one left by an interrupted attach. */
    void publish(Path staging, long id) {
        Path target = folder(id);
        try {
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                log.warn("Replacing stale files of photo {} at {}", id, target);
                delete(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move photo " + id + " into " + target, e);
        }
    }

    /** Removes a folder and everything in it; failures are logged, since callers are already cleaning up. */
    void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            log.warn("Could not delete {}", folder, e);
        }
    }
}
