package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default bundle against the code that reads it: every key a template ({@code chrome.words().get("…")} or a
 * local {@code words.get("…")}) or Java code ({@code words.get("…")}) asks for must be in
 * {@code i18n/messages.properties}, every key there must be used, and every message must be a valid pattern;
 * and {@link Words} formats numbers, dates and plurals through the locale it is given.
 */
class WordsBundleTest {

    /** A key as the accessor is called with it: a string literal right after words.get( or words().get( . */
    private static final Pattern USE = Pattern.compile("\\bwords(?:\\(\\))?\\s*\\.\\s*get\\(\\s*\"([^\"]+)\"");

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private static Properties bundle;
    private static Map<String, List<String>> used;

    @BeforeAll
    static void read() throws IOException {
        bundle = new Properties();
        try (Reader in = new InputStreamReader(WordsBundleTest.class.getResourceAsStream("/i18n/messages.properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        used = new TreeMap<>();
        scan(Path.of("src/main/jte"), ".jte");
        scan(Path.of("src/main/java"), ".java");
        Words.OWN_KEYS.forEach(key -> used.computeIfAbsent(key, k -> new ArrayList<>()).add("Words"));
    }

    private static void scan(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = USE.matcher(lines.get(i));
                    while (m.find()) {
                        used.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(root.relativize(file) + ":" + (i + 1));
                    }
                }
            }
        }
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeIsInTheDefaultBundle() {
        Map<String, List<String>> missing = new TreeMap<>(used);
        missing.keySet().removeAll(bundle.stringPropertyNames());
        assertThat(missing).as("keys used but missing from i18n/messages.properties (key=[where])").isEmpty();
    }

    @Test
    void everyKeyInTheDefaultBundleIsUsed() {
        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeAll(used.keySet());
        assertThat(unused).as("keys in i18n/messages.properties that no template or class asks for").isEmpty();
    }

    /** The template folders whose words are all in the bundle: every reader-facing one (admin/ is the staff's). */
    private static final List<String> MOVED = List.of("layout", "article", "comment", "member", "access", "offer",
            "readinglist", "error", "newsletter", "csrf.jte");

    @Test
    void templatesMovedToTheBundleHaveNoWordsOfTheirOwn() throws IOException {
        // the guard itself: words in a tag's text are seen, words in code are not
        assertThat(withoutCode("@if(a.b() != null)<p class=\"x\">Sign in ${words.get(\"y\")}</p>@endif").strip())
                .isEqualTo("Sign in");
        assertThat(withoutCode("@for(int i = 1; i < a.size(); i++)@if(!a.get(f(i - 1)).equals(\")\"))No@endif@endfor").strip())
                .isEqualTo("No");
        List<String> found = new ArrayList<>();
        for (String moved : MOVED) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/jte", moved))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Matcher attribute = WORDY_ATTRIBUTE.matcher(text);
                    while (attribute.find()) {
                        found.add(file + ": " + attribute.group());
                    }
                    for (String line : withoutCode(text).split("\n")) {
                        if (line.matches(".*\\p{L}{2,}.*")) {
                            found.add(file + ": " + line.strip());
                        }
                    }
                }
            }
        }
        assertThat(found).as("words written in templates instead of the bundle").isEmpty();
    }

    private static final Pattern WORDY_ATTRIBUTE =
            Pattern.compile("(aria-label|title|placeholder|alt)=\"[^$\"][^\"]*\"");

    /** What a reader would see of a template, without its code: directives, expressions, tags. */
    private static String withoutCode(String template) {
        String text = template.replaceAll("(?m)^@(import|param).*$", "").replaceAll("!\\{[^}]*}", "");
        String before;
        do {
            before = text;
            text = text.replaceAll("\\$(unsafe)?\\{[^{}]*}", "");
        } while (!text.equals(before));
        text = withoutCalls(text.replaceAll("@template\\.layout\\.page\\([^`]*?content = @`", ""));
        return text.replaceAll("<[^>]*>", "").replaceAll("@(else|endif|endfor)", "");
    }

    private static final Pattern CALL = Pattern.compile("@(if|elseif|for|template\\.[\\w.-]+)\\(");

    /**
     * Without the conditions of {@code @if}, {@code @elseif}, {@code @for} and the arguments of {@code @template}
     * calls, however deeply their parentheses nest (and before tags go: {@code i < size} is no tag).
     */
    private static String withoutCalls(String text) {
        StringBuilder out = new StringBuilder();
        Matcher call = CALL.matcher(text);
        int from = 0;
        while (call.find(from)) {
            out.append(text, from, call.start());
            int depth = 1;
            boolean quoted = false;
            int i = call.end();
            for (; i < text.length() && depth > 0; i++) {
                char ch = text.charAt(i);
                if (ch == '"' && text.charAt(i - 1) != '\\') {
                    quoted = !quoted;
                } else if (!quoted && ch == '(') {
                    depth++;
                } else if (!quoted && ch == ')') {
                    depth--;
                }
            }
            from = i;
        }
        return out.append(text.substring(from)).toString();
    }

    @Test
    void everyMessageIsAPatternWithItsApostrophesDoubled() {
        List<String> broken = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            String value = bundle.getProperty(key);
            try {
                new MessageFormat(value, Locale.ENGLISH);
            } catch (IllegalArgumentException e) {
                broken.add(key + ": " + e.getMessage());
            }
            // a single ' would start a quoted (unformatted) stretch and disappear from the page
            if (value.replace("''", "").contains("'")) {
                broken.add(key + ": a single apostrophe; write ''");
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void numbersDatesAndPluralsFollowTheLocale() {
        Words indian = Words.bundled(Locale.forLanguageTag("en-IN"), IST);
        Words german = Words.bundled(Locale.GERMANY, IST);
        Instant lateEvening = Instant.parse("2016-12-12T20:30:00Z"); // already December 13 in India

        assertThat(indian.get("account.deletion-due", lateEvening)).isEqualTo("Your account will be deleted on December 13, 2016.");
        assertThat(indian.get("account.password.new", 1200)).isEqualTo("New password (at least 1,200 characters)");
        // no German bundle: the English words, but German numbers and month names
        assertThat(german.get("account.password.new", 1200)).isEqualTo("New password (at least 1.200 characters)");
        assertThat(german.get("account.deletion-due", lateEvening)).isEqualTo("Your account will be deleted on Dezember 13, 2016.");
        assertThat(indian.month(YearMonth.of(2026, 3))).isEqualTo("March 2026");
        assertThat(indian.get("duration.days", 1)).isEqualTo("1 day");
        assertThat(indian.duration(Duration.ofDays(30))).isEqualTo("30 days");
        assertThat(indian.duration(Duration.ofHours(1))).isEqualTo("1 hour");
        assertThat(indian.duration(Duration.ofMinutes(15))).isEqualTo("15 minutes");
    }

    @Test
    void aKeyTheBundleDoesNotHoldFailsLoudly() {
        Words words = Words.bundled(Locale.ENGLISH, IST);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> words.get("no.such.key"))
                .isInstanceOf(org.springframework.context.NoSuchMessageException.class);
    }
}
