package news.dateline.comment.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The insult lexicon ({@code comment/check/lexicon.txt}): words grouped by what they do in a sentence, for the
 * structural rules of {@link PersonDirected}. Each class is a {@code [section]} of the file.
 *
 * @param insultNouns       nouns whose every use names a person with contempt ("moron"): they count wherever they
 *                          are used of someone
 * @param accusationNouns   nouns that insult when said of someone but also describe people in reports ("crook",
 *                          "thief"): they count as a predicate, after "you", as a vocative or an apposition
 * @param thingNouns        insults that also fit things ("garbage", "joke", "fraud"): only when said of a person
 * @param dehumanisingNouns animals, pests and diseases ("vermin", "parasites"): only when said of people
 * @param insultAdjectives  adjectives that insult a person strongly ("spineless"), also before a word for a person
 * @param judgingAdjectives adjectives that judge a person but also fit ideas ("clueless"): only as a predicate
 * @param violence          verbs of killing and grievous harm, base form to past participle ("hang" → "hanged")
 * @param personNouns       words for people, groups and roles, and pronouns standing for them ("governor", "they")
 * @param ideaNouns         words for ideas and things ("plan", "trains"): a subject that is not a person
 * @param condescendingAddress ways to address someone that talk down to them ("rookie", "young man"): only as a
 *                          vocative
 */
record Lexicon(Set<String> insultNouns, Set<String> accusationNouns, Set<String> thingNouns,
               Set<String> dehumanisingNouns, Set<String> insultAdjectives, Set<String> judgingAdjectives,
               Map<String, String> violence, Set<String> personNouns, Set<String> ideaNouns,
               Set<String> condescendingAddress) {

    static final String SHIPPED = "comment/check/lexicon.txt";

    private static final Lexicon INSTANCE = load(SHIPPED);

    /** The shipped lexicon, read once. */
    static Lexicon get() {
        return INSTANCE;
    }

    /** Every noun that insults a person in some use (all four noun classes). */
    Set<String> allNouns() {
        Set<String> all = new HashSet<>(insultNouns);
        all.addAll(accusationNouns);
        all.addAll(thingNouns);
        all.addAll(dehumanisingNouns);
        return Set.copyOf(all);
    }

    /** Both adjective classes. */
    Set<String> allAdjectives() {
        Set<String> all = new HashSet<>(insultAdjectives);
        all.addAll(judgingAdjectives);
        return Set.copyOf(all);
    }

    /** Nouns that fit things as well as people: they need a person to be said of. */
    Set<String> thingCapable() {
        Set<String> all = new HashSet<>(thingNouns);
        all.addAll(dehumanisingNouns);
        return Set.copyOf(all);
    }

    static Lexicon load(String resource) {
        Map<String, Set<String>> sections = read(resource);
        Map<String, String> violence = new LinkedHashMap<>();
        for (String line : section(sections, "violence-verbs", resource)) {
            String[] words = line.split(" ");
            // "kill killed", "gun down gunned down": the first half is the base form, the second the participle
            int half = words.length / 2;
            if (words.length % 2 != 0) {
                throw new IllegalStateException(resource + ": violence verb \"" + line
                        + "\" needs its base form and its past participle, as many words each");
            }
            violence.put(String.join(" ", List.of(words).subList(0, half)),
                    String.join(" ", List.of(words).subList(half, words.length)));
        }
        return new Lexicon(section(sections, "insult-nouns", resource), section(sections, "accusation-nouns", resource),
                section(sections, "thing-nouns", resource), section(sections, "dehumanising-nouns", resource),
                section(sections, "insult-adjectives", resource), section(sections, "judging-adjectives", resource),
                Map.copyOf(violence), words(section(sections, "person-nouns", resource)),
                words(section(sections, "idea-nouns", resource)), section(sections, "condescending-address", resource));
    }

    /** A section written several words a line, as single words. */
    private static Set<String> words(Set<String> lines) {
        Set<String> words = new LinkedHashSet<>();
        lines.forEach(line -> words.addAll(List.of(line.split(" "))));
        return Set.copyOf(words);
    }

    private static Set<String> section(Map<String, Set<String>> sections, String name, String resource) {
        Set<String> entries = sections.get(name);
        if (entries == null) {
            throw new IllegalStateException(resource + " has no [" + name + "] section");
        }
        return Set.copyOf(entries);
    }

    private static Map<String, Set<String>> read(String resource) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Lexicon " + resource + " is not on the classpath");
        }
        Map<String, Set<String>> sections = new LinkedHashMap<>();
        Set<String> current = null;
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
                if (entry.isEmpty()) {
                    continue;
                }
                if (entry.startsWith("[") && entry.endsWith("]")) {
                    current = sections.computeIfAbsent(entry.substring(1, entry.length() - 1),
                            k -> new LinkedHashSet<>());
                } else if (current == null) {
                    throw new IllegalStateException(resource + ": \"" + entry + "\" comes before any [section]");
                } else {
                    current.add(entry.replaceAll("\\s+", " "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }
}
