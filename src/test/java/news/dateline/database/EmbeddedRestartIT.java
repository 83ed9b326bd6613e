package news.dateline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database after the app was killed: the next start works, and a kept folder is durable. */
class EmbeddedRestartIT {

    @TempDir
    Path folder;

    @Test
    void theFirstStartAfterTheAppWasKilledStopsTheServerItLeftAndStarts() throws Exception {
        Path data = folder.resolve("postgres");
        Process app = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), KilledAppServer.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("ready")) {
                // the server's own start-up lines
            }
            assertThat(line).as("the child JVM started its server").isEqualTo("ready");
        }
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: no shutdown hook stops the server
        assertThat(OrphanedServer.find(data)).as("the killed app's server still runs").isPresent();

        try {
            EmbeddedPostgres postgres = new EmbeddedPostgresConfiguration()
                    .embeddedPostgres(new EmbeddedDatabaseProperties(data, 0, false, null));
            try (postgres; Connection db = postgres.getPostgresDatabase().getConnection()) {
                assertThat(value(db, "select 1")).isEqualTo("1");
                assertThat(value(db, "show synchronous_commit")).isEqualTo("on");
                assertThat(value(db, "show fsync")).isEqualTo("on");
            }
            assertThat(Files.exists(data.resolve("postmaster.pid"))).isFalse();
        } finally {
            OrphanedServer.stopIfRunning(data); // never leave a server behind, whatever failed
        }
    }

    @Test
    void aStaleLockFileNamingAnotherProgramIsLeftToPostgres() throws Exception {
        Path data = Files.createDirectories(folder.resolve("stale"));
        // this test's own JVM: alive, but not a PostgreSQL server, so never stopped
        Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n");
        assertThat(OrphanedServer.find(data)).isEmpty();
    }

    private static String value(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
