package news.dateline.comment.legacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a whole sample export with one of the readers, for the parsers' unit tests. */
final class ReaderResults {

    final List<LegacyRow> rows = new ArrayList<>();
    final List<RejectedRow> rejected = new ArrayList<>();

    static ReaderResults read(LegacyFormat format, String text) {
        return read(format, text.getBytes(StandardCharsets.UTF_8));
    }

    static ReaderResults read(LegacyFormat format, byte[] bytes) {
        ReaderResults results = new ReaderResults();
        try (LegacyCommentReader reader = format.open(new ByteArrayInputStream(bytes))) {
            for (LegacyRecord r = reader.next(); r != null; r = reader.next()) {
                switch (r) {
                    case LegacyRow row -> results.rows.add(row);
                    case RejectedRow rejection -> results.rejected.add(rejection);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results;
    }

    static String fixture(String name) {
        return fixture(name, Map.of());
    }

    /** A sample under src/test/resources/comment/legacy with its placeholders (ARTICLE_ID, …) replaced. */
    static String fixture(String name, Map<String, String> replacements) {
        try (InputStream in = ReaderResults.class.getResourceAsStream("/comment/legacy/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (var e : replacements.entrySet()) {
                text = text.replace(e.getKey(), e.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LegacyRow row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no row " + id));
    }

    /** The line of the first occurrence of the text in the sample, counted from 1. */
    static long lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0) {
            throw new AssertionError("not in the sample: " + needle);
        }
        return text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
