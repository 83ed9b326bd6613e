package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * {@link Words} keeps argument-free messages and date patterns after their first lookup, so the pages rendered on
 * every request take no lock in the message source; messages with arguments are still formatted each time.
 */
class WordsTest {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    /** The real bundle, counting what is asked of it. */
    static final class Counting implements MessageSource {
        final List<String> asked = new ArrayList<>();
        private final ResourceBundleMessageSource bundle = Words.bundle();

        @Override
        public synchronized String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
            throw new AssertionError("Words never asks with a default");
        }

        @Override
        public synchronized String getMessage(String code, Object[] args, Locale locale) {
            asked.add(code);
            return bundle.getMessage(code, args, locale);
        }

        @Override
        public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
            throw new AssertionError("Words asks by key");
        }
    }

    private final Counting source = new Counting();
    private final Words words = new Words(source, Locale.ENGLISH, IST);

    @Test
    void aMessageWithoutArgumentsIsResolvedOnceAndKept() {
        String first = words.get("guidelines.title");
        String again = words.get("guidelines.title");
        String viaVarargs = words.get("guidelines.title", new Object[0]);

        assertThat(again).isSameAs(first).isEqualTo(Words.bundled(Locale.ENGLISH, IST).get("guidelines.title"));
        assertThat(viaVarargs).isSameAs(first);
        assertThat(source.asked).containsExactly("guidelines.title");
    }

    @Test
    void doubledApostrophesAreResolvedBeforeKeeping() {
        // the bundle writes every apostrophe as '' (all messages are patterns); the kept string has one
        Words fromPattern = new Words(new PatternSource("Don''t miss {0}", "Don''t miss out"), Locale.ENGLISH, IST);
        assertThat(fromPattern.get("plain")).isEqualTo("Don't miss out");
        assertThat(fromPattern.get("plain")).isEqualTo("Don't miss out");
        assertThat(fromPattern.get("with-args", "this")).isEqualTo("Don't miss this");
    }

    @Test
    void aMessageWithArgumentsIsFormattedOnEveryCall() {
        assertThat(words.get("account.password.new", 12)).contains("12");
        assertThat(words.get("account.password.new", 14)).contains("14");
        assertThat(source.asked).containsExactly("account.password.new", "account.password.new");
    }

    @Test
    void theDatePatternIsReadOnce() {
        Instant noon = Instant.parse("2026-03-02T06:30:00Z");
        assertThat(words.date(noon)).isEqualTo("March 2, 2026");
        assertThat(words.date(noon.plusSeconds(86_400))).isEqualTo("March 3, 2026");
        assertThat(source.asked).containsExactly("format.date");
    }

    @Test
    void aMissingKeyIsNotKeptAndFailsEveryTime() {
        assertThatThrownBy(() -> words.get("no.such.key")).isInstanceOf(NoSuchMessageException.class);
        assertThatThrownBy(() -> words.get("no.such.key")).isInstanceOf(NoSuchMessageException.class);
        assertThat(source.asked).containsExactly("no.such.key", "no.such.key");
    }

    @Test
    void readersOnManyThreadsGetTheSameWords() throws Exception {
        List<Callable<String>> readers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            readers.add(() -> words.get("guidelines.title"));
        }
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var result : pool.invokeAll(readers)) {
                assertThat(result.get()).isEqualTo(Words.bundled(Locale.ENGLISH, IST).get("guidelines.title"));
            }
        }
        // racing first lookups may each resolve it, but once kept nobody asks again
        int resolved = source.asked.size();
        words.get("guidelines.title");
        assertThat(source.asked).hasSize(resolved);
    }

    /** Two messages from literal patterns, formatted as the application's bundle formats them. */
    static final class PatternSource extends AbstractMessageSource {
        private final String withArgs;
        private final String plain;

        PatternSource(String withArgs, String plain) {
            this.withArgs = withArgs;
            this.plain = plain;
            setAlwaysUseMessageFormat(true);
        }

        @Override
        protected java.text.MessageFormat resolveCode(String code, Locale locale) {
            return createMessageFormat(code.equals("plain") ? plain : withArgs, locale);
        }
    }
}
