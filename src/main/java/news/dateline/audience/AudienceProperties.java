package news.dateline.audience;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audience analytics ({@code dateline.audience.*}).
 *
 * @param recording       whether page views are recorded at all (off: the pages show nothing new)
 * @param bufferCapacity  page views a node holds in memory waiting for the writer; when full, further views are
 *                        dropped and counted, never waited for
 * @param flushInterval   how often the writer stores what the buffer holds: the most a crash can lose
 * @param retention       how long raw page views are kept (whole months are dropped once all their views are older);
 *                        hourly rollups are kept
 * @param mostReadSize    articles in a most-read list
 * @param mostReadRefresh how often a node reads the most-read lists afresh
 * @param rollupInterval  how long a node waits between rollups of the completed hours (readers add the minutes after
 *                        the last rolled-up hour, so a longer wait only makes them read more minutes)
 */
@ConfigurationProperties("dateline.audience")
public record AudienceProperties(
        @DefaultValue("true") boolean recording,
        @DefaultValue("100000") int bufferCapacity,
        @DefaultValue("PT1S") Duration flushInterval,
        @DefaultValue("P90D") Duration retention,
        @DefaultValue("5") int mostReadSize,
        @DefaultValue("PT1M") Duration mostReadRefresh,
        @DefaultValue("PT10M") Duration rollupInterval) {
}
