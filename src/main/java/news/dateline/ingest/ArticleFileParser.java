package news.dateline.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one file as UTF-8 and hands it to the parser its kind needs: ninjs ({@link NinjsReader}) for {@code .json}
 * or content that starts as a JSON object, a scraped page ({@link PlainTextPageParser}) otherwise. Every failure,
 * including I/O, becomes an {@link ImportException} naming the file.
 */
final class ArticleFileParser {

    private final PlainTextPageParser pages = new PlainTextPageParser();
    private final NinjsReader ninjs = new NinjsReader();

    ParsedArticle parse(Path file) throws ImportException {
        String name = file.toString();
        return parse(name, read(file, name));
    }

    /** Parses content that arrived some other way (an upload); {@code name} is used in error messages. */
    ParsedArticle parse(String name, String content) throws ImportException {
        if (content.isBlank()) {
            throw new ImportException(name + ": file is empty");
        }
        boolean json = name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") || content.strip().startsWith("{");
        return json ? ninjs.read(name, content) : pages.parse(name, content);
    }

    private static String read(Path file, String name) throws ImportException {
        if (Files.isDirectory(file)) {
            throw new ImportException(name + ": is a directory, not a file");
        }
        try {
            // readString rejects malformed UTF-8 instead of silently replacing characters
            return Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        } catch (NoSuchFileException e) {
            throw new ImportException(name + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new ImportException(name + ": cannot be read (permission denied)", e);
        } catch (CharacterCodingException e) {
            throw new ImportException(name + ": is not UTF-8 text", e);
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
