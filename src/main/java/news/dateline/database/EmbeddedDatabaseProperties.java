package news.dateline.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when no database is configured.
 *
 * @param dir   the database folder, by default {@code postgres} under {@code dateline.data-dir}
 * @param port    fixed port for the embedded server; 0 picks a free one
 * @param clean   wipe the data at start (tests only)
 */
@ConfigurationProperties("dateline.embedded-db")
record EmbeddedDatabaseProperties(
        Path dir,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean) {
}
