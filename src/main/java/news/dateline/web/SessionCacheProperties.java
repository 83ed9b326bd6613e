package news.dateline.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How each node keeps its copy of sessions ({@code dateline.sessions.*}).
 *
 * @param touchInterval a session is written back only when it changed or when its stored last access is this old
 *                      (10 minutes), so reading pages writes nothing
 */
@ConfigurationProperties("dateline.sessions")
record SessionCacheProperties(@DefaultValue("PT10M") Duration touchInterval) {
}
