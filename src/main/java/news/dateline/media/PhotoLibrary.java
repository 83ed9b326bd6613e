package news.dateline.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import news.dateline.media.PhotoRepository.Image;
import news.dateline.media.PhotoRepository.Words;
import news.dateline.site.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The photo library: the one entry point other features use to store photos and look them up. An upload
 * is checked and decoded ({@link PhotoProcessor}), resized once into JPEG renditions ({@link Renditions})
 * in a staging folder, moved into place ({@link PhotoStorage}) and only then recorded; if recording fails
 * its files are removed again.
 */
@Service
public class PhotoLibrary {

    private final PhotoProcessor processor;
    private final DecodeSlots decodeSlots;
    private final Renditions renditions;
    private final PhotoStorage storage;
    private final PhotoRepository repository;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PhotoLibrary(PhotoProcessor processor, DecodeSlots decodeSlots, Renditions renditions, PhotoStorage storage,
                 PhotoRepository repository, TransactionTemplate transaction, Clock clock) {
        this.processor = processor;
        this.decodeSlots = decodeSlots;
        this.renditions = renditions;
        this.storage = storage;
        this.repository = repository;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The largest file an upload may be ({@code dateline.media.max-upload-size}), for the upload form. */
    public DataSize maxUploadSize() {
        return processor.maxUploadSize();
    }

    /** Stores a new photo with its renditions; throws {@link PhotoRejectedException} and stores nothing if the file is unfit. */
    public Photo upload(PhotoUpload upload) {
        Staged staged = stage(upload);
        long id = repository.nextId();
        storage.publish(staged.folder(), id);
        try {
            repository.insert(id, words(upload.caption(), upload.credit(), upload.altText()),
                    staged.image(id), clock.instant());
        } catch (RuntimeException e) {
            storage.delete(storage.folder(id));
            throw e;
        }
        return find(id).orElseThrow();
    }

    /** Records a photo's words without an image (an import that found a caption but no file); flagged in the newsroom. */
    public Photo captionOnly(String caption, String credit) {
        long id = repository.nextId();
        repository.insert(id, words(caption, credit, null), null, clock.instant());
        return find(id).orElseThrow();
    }

    /**
     * Gives a caption-only photo its image; the photo's words are kept. Throws {@link NotFoundException} for an
     * unknown id and {@link PhotoRejectedException} if the file is unfit or the photo already has an image.
     */
    public Photo attachImage(long id, PhotoUpload upload) {
        Photo photo = find(id).orElseThrow(() -> new NotFoundException("photo " + id));
        if (photo.hasImage()) {
            throw alreadyHasImage(upload, id);
        }
        Staged staged = stage(upload);
        try {
            transaction.executeWithoutResult(status -> {
                // the row lock makes two editors attaching at once safe: the second finds the image there
                repository.lockWithoutImage(id).orElseThrow(() -> alreadyHasImage(upload, id));
                try {
                    storage.publish(staged.folder(), id);
                    repository.attach(id, staged.image(id));
                } catch (RuntimeException e) {
                    storage.delete(storage.folder(id));
                    throw e;
                }
            });
        } finally {
            storage.delete(staged.folder()); // still there only if it was not published
        }
        return find(id).orElseThrow();
    }

    private static PhotoRejectedException alreadyHasImage(PhotoUpload upload, long id) {
        return new PhotoRejectedException(
                "%s was not attached: photo %d already has an image".formatted(upload.displayName(), id));
    }

    /** Replaces a photo's caption, credit and alt text (blank means none). */
    public Photo describe(long id, String caption, String credit, String altText) {
        if (!repository.describe(id, words(caption, credit, altText))) {
            throw new NotFoundException("photo " + id);
        }
        return find(id).orElseThrow();
    }

    public Optional<Photo> find(long id) {
        return repository.find(id);
    }

    /** The photos with these ids in the order given; unknown ids are left out. */
    public List<Photo> findAll(Collection<Long> ids) {
        List<Long> wanted = List.copyOf(new LinkedHashSet<>(ids));
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<Long, Photo> byId = repository.findAll(wanted).stream()
                .collect(Collectors.toMap(Photo::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** The newest photos first. */
    public List<Photo> recent(int limit) {
        return repository.recent(limit);
    }

    /**
     * Photos with an image to put in an article, newest first: each word typed must begin a word of the caption,
     * credit or alt text ("harb ferr" finds "Ferry in the harbour"); a number also finds the photo with that id.
     * Blank finds the newest.
     */
    public List<Photo> search(String text, int limit) {
        List<String> words = text == null ? List.of() : Arrays.stream(text.toLowerCase(Locale.ROOT)
                        .split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty()).limit(8).toList();
        if (words.isEmpty()) {
            return repository.recentWithImage(limit);
        }
        String prefixQuery = words.stream().map(word -> word + ":*").collect(Collectors.joining(" & "));
        Long id = words.size() == 1 && words.getFirst().matches("\\d{1,18}") ? Long.valueOf(words.getFirst()) : null;
        return repository.search(prefixQuery, id, limit);
    }

    /**
     * The file of one rendition, if it exists, for serving {@link Photo#renditionUrl} without a database query.
     * Only {@code news.dateline.media.web} needs this.
     */
    public Optional<Path> renditionFile(long id, int width) {
        Path file = storage.rendition(id, width);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private record Staged(Path folder, ImageFormat format, int width, int height, List<Integer> widths) {
        Image image(long id) {
            return new Image(PhotoStorage.storageKey(id), format.contentType, width, height, widths);
        }
    }

    /** The decoded image is held until its renditions are written, so both happen in one decode slot. */
    private Staged stage(PhotoUpload upload) {
        return decodeSlots.run(upload.displayName(), () -> decodeAndResize(upload));
    }

    private Staged decodeAndResize(PhotoUpload upload) {
        PhotoProcessor.Decoded decoded = processor.decode(upload);
        BufferedImage image = decoded.image();
        Path folder = storage.newStagingFolder();
        try {
            storage.writeOriginal(folder, decoded.format(), upload.bytes());
            List<Integer> widths = renditions.write(image, folder);
            return new Staged(folder, decoded.format(), decoded.width(), decoded.height(), widths);
        } catch (IOException | RuntimeException e) {
            storage.delete(folder);
            throw e instanceof IOException io ? new UncheckedIOException("Cannot write renditions", io)
                    : (RuntimeException) e;
        }
    }

    private static Words words(String caption, String credit, String altText) {
        return new Words(trimmed(caption), trimmed(credit), trimmed(altText));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
