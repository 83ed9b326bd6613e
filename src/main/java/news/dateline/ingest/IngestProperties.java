package news.dateline.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Imports ({@code dateline.ingest.*}).
 *
 * @param sectionSlug the section imported articles go to (made when missing)
 * @param sectionName that section's name, used when it is made
 */
@ConfigurationProperties("dateline.ingest")
record IngestProperties(@DefaultValue("news") String sectionSlug, @DefaultValue("News") String sectionName) {
}
