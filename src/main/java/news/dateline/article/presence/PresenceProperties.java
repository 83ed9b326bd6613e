package news.dateline.article.presence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who has an article open in the editor ({@code dateline.articles.presence.*}).
 *
 * @param heartbeat how often an open editor page reports that it is still open
 * @param expiry    how long after its last heartbeat an editor counts as gone (a closed laptop, a lost network);
 *                  a few heartbeats long, so one late request does not make someone vanish and reappear
 */
@ConfigurationProperties("dateline.articles.presence")
public record PresenceProperties(
        @DefaultValue("PT5S") Duration heartbeat,
        @DefaultValue("PT20S") Duration expiry) {
}
