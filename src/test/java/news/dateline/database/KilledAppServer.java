package news.dateline.database;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in its own JVM by {@link EmbeddedRestartIT}: starts an embedded PostgreSQL on a kept folder as the app does,
 * says so, and waits to be killed, leaving the server running as a {@code kill -9} of the app would.
 */
final class KilledAppServer {

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false).start();
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
