package news.dateline.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when no database is configured.
 *
 * @param dir   the database folder, by default {@code postgres} under {@code dateline.data-dir}
 * @param port    fixed port for the embedded server; 0 picks a free one
 * @param clean   wipe the data at start (tests only)
 * @param serverConfig further server settings, name to value (for measuring: e.g.
 *                {@code shared_preload_libraries=pg_stat_statements}, as {@code bench/newsletter-delivery.sh} does)
 */
@ConfigurationProperties("dateline.embedded-db")
record EmbeddedDatabaseProperties(
        Path dir,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean,
        Map<String, String> serverConfig) {

    EmbeddedDatabaseProperties {
        serverConfig = serverConfig == null ? Map.of() : Map.copyOf(serverConfig);
    }
}
