package news.dateline.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no database is configured, so the site runs on a bare machine.
 * Its data lives under {@code dateline.embedded-db.dir} and is kept between runs. With
 * {@code DATELINE_DB_URL} (or {@code spring.datasource.url}) set, Boot's own DataSource is used instead.
 * A server left running by a killed app is stopped first ({@link OrphanedServer}); a kept folder is durable
 * ({@code fsync} and {@code synchronous_commit} on), a test folder wiped at each start is not.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseConfigured.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dir = properties.dir().toAbsolutePath();
        Files.createDirectories(dir);
        OrphanedServer.stopIfRunning(dir);
        boolean durable = !properties.clean();
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(properties.clean())
                .setServerConfig("max_connections", "200")
                // zonky turns synchronous_commit off; a kept database must not lose committed comments,
                // sign-ups or payments to a crash (its cost is measured in bench/RESULTS.md)
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off");
        properties.serverConfig().forEach(builder::setServerConfig);
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dir);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(20);
        dataSource.setPoolName("dateline-embedded");
        return dataSource;
    }
}
