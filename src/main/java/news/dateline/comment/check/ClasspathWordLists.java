package news.dateline.comment.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists shipped with the application ({@code banned.txt}, {@code suspect.txt}: one entry a line, {@code #}
 * starts a comment): the lists of the {@code moderate} command, and the seed of the newsroom's lists in the database.
 */
final class ClasspathWordLists implements WordLists {

    private final Set<String> banned;
    private final Set<String> suspect;

    ClasspathWordLists(String folder) {
        this.banned = load(folder + "/banned.txt");
        this.suspect = load(folder + "/suspect.txt");
    }

    @Override
    public Set<String> banned() {
        return banned;
    }

    @Override
    public Set<String> suspect() {
        return suspect;
    }

    static Set<String> load(String resource) {
        InputStream in = ClasspathWordLists.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Word list " + resource + " is not on the classpath");
        }
        Set<String> entries = new LinkedHashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
                if (!entry.isEmpty()) {
                    entries.add(entry.replaceAll("\\s+", " "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(entries);
    }
}
