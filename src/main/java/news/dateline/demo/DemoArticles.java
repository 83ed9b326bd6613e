package news.dateline.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code demo/articles.txt}: each article starts with a {@code ===} line of {@code key: value} fields,
 * then the headline, the standfirst and the Markdown body.
 */
final class DemoArticles {

    record Entry(String section, String dateline, List<String> bylines, List<String> agencies, List<String> tags,
                 String access, int photo, String headline, String standfirst, String body) {
    }

    private DemoArticles() {
    }

    static List<Entry> load() {
        try (InputStream in = DemoArticles.class.getResourceAsStream("/demo/articles.txt")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> parse(String text) {
        List<Entry> entries = new ArrayList<>();
        for (String chunk : text.split("(?m)^=== ")) {
            if (chunk.isBlank()) {
                continue;
            }
            String[] lines = chunk.split("\n", 4);
            Map<String, String> fields = new HashMap<>();
            for (String field : lines[0].split("\\|")) {
                String[] pair = field.split(":", 2);
                fields.put(pair[0].strip(), pair.length > 1 ? pair[1].strip() : "");
            }
            entries.add(new Entry(fields.get("section"), fields.get("dateline"), list(fields.get("by")),
                    list(fields.get("agencies")), list(fields.get("tags")), fields.get("access"),
                    Integer.parseInt(fields.get("photo")), lines[1].strip(), lines[2].strip(), lines[3].strip()));
        }
        return entries;
    }

    private static List<String> list(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
