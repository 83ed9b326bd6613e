package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Commons Logging is ours (chosen from META-INF/services): messages are made only when their level is on. */
class LevelCheckedLogFactoryTest {

    /** A message that counts how often it is turned into text, as Spring's lazy {@code LogMessage} is. */
    private static final class CountedMessage {
        final AtomicInteger formatted = new AtomicInteger();

        @Override
        public String toString() {
            formatted.incrementAndGet();
            return "the deferred token was resolved";
        }
    }

    @Test
    void commonsLoggingUsesTheLevelCheckedFactory() {
        assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckedLogFactory.class);
        assertThat(LogFactory.getLog(LevelCheckedLogFactoryTest.class))
                .isInstanceOf(LevelCheckedLogFactory.LevelChecked.class);
    }

    @Test
    void aMessageBelowTheLevelIsNeverFormatted() {
        Log log = LogFactory.getLog("news.dateline.test.quiet");
        logger("news.dateline.test.quiet").setLevel(Level.INFO);
        CountedMessage message = new CountedMessage();
        log.trace(message);
        log.debug(message);
        log.trace(message, new IllegalStateException("ignored"));
        assertThat(message.formatted).hasValue(0);
    }

    @Test
    void aMessageAtAnEnabledLevelReachesLogbackOnce() {
        Logger logger = logger("news.dateline.test.loud");
        logger.setLevel(Level.TRACE);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            CountedMessage message = new CountedMessage();
            LogFactory.getLog("news.dateline.test.loud").trace(message);
            LogFactory.getLog("news.dateline.test.loud").warn("a plain warning");
            assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                    .containsExactly("the deferred token was resolved", "a plain warning");
            assertThat(appender.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.TRACE, Level.WARN);
            assertThat(message.formatted).hasValue(1);
        } finally {
            logger.detachAppender(appender);
        }
    }

    private static Logger logger(String name) {
        return (Logger) LoggerFactory.getLogger(name);
    }
}
