package news.dateline.support;

import java.time.Clock;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import news.dateline.DatelineApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * A second app node in the same JVM, on its own port, sharing the first node's database: for tests of what
 * DESIGN.md promises about several nodes. Close it when done (closing a shared node's handle does nothing).
 */
public final class SecondNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final boolean closesNode;

    private SecondNode(ConfigurableApplicationContext context, boolean closesNode) {
        this.context = context;
        this.closesNode = closesNode;
    }

    /** A node on the first node's database and clock (tests move one clock for both), with extra properties. */
    public static SecondNode sharing(DataSource firstNodeDatabase, Clock firstNodeClock, String... properties) {
        HikariDataSource first = (HikariDataSource) firstNodeDatabase;
        // as arguments, not default properties: they must win over application.properties
        return new SecondNode(new SpringApplicationBuilder(DatelineApplication.class)
                .profiles("test")
                .initializers(context -> ((GenericApplicationContext) context).registerBean("sharedTestClock",
                        Clock.class, () -> firstNodeClock, definition -> definition.setPrimary(true)))
                .run(java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0",
                        "--spring.datasource.url=" + first.getJdbcUrl(),
                        "--spring.datasource.username=" + first.getUsername(), "--spring.datasource.password=",
                        "--dateline.demo.enabled=false", "--spring.flyway.enabled=false"),
                        java.util.Arrays.stream(properties).map(p -> "--" + p)).toArray(String[]::new)), true);
    }

    /** A handle on this node for a test that shares it: closing the handle leaves the node running for the next. */
    SecondNode sharedHandle() {
        return new SecondNode(context, false);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        if (closesNode) {
            context.close();
        }
    }
}
