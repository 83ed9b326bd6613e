package news.dateline.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live streams ({@code dateline.live.*}).
 *
 * @param heartbeat  how long a stream stays silent before a comment line goes out (keeps proxies from closing it
 *                   and finds readers who left)
 * @param queueSize  events one reader may fall behind by before they are dropped (they reconnect and resume)
 * @param streamAge  how long one connection lasts before the server ends it; the browser reconnects and resumes
 * @param replayLimit the most events of one channel a reconnecting reader is sent from the database
 */
@ConfigurationProperties("dateline.live")
public record LiveProperties(
        @DefaultValue("PT20S") Duration heartbeat,
        @DefaultValue("64") int queueSize,
        @DefaultValue("PT30M") Duration streamAge,
        @DefaultValue("1000") int replayLimit) {
}
