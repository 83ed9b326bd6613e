package news.dateline.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every app node what changed, through PostgreSQL's LISTEN/NOTIFY, so node-local caches can drop an entry
 * the moment another node commits a change to it. A change is published inside the writer's transaction and
 * delivered only if it commits. When the listening connection is lost, notifications may have been missed, so
 * subscribers are told to forget everything ({@link #onReset}).
 */
@Component
public class ChangeFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
    private static final String CHANNEL = "dateline_changes";
    private static final int POLL_MILLIS = 2_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<String>>> ownListeners = new ConcurrentHashMap<>();
    private final List<Runnable> resets = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    ChangeFeed(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Announces, on commit of the current transaction, that {@code key} of {@code topic} changed: to this node's
     * subscribers right after the commit, to other nodes' through PostgreSQL.
     */
    public void publish(String topic, String key) {
        jdbc.sql("select pg_notify(:channel, :payload)").param("channel", CHANNEL).param("payload", topic + ":" + key)
                .query((rs, n) -> 1).list();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatch(topic + ":" + key);
                    dispatchOwn(topic, key);
                }
            });
        } else {
            dispatch(topic + ":" + key);
            dispatchOwn(topic, key);
        }
    }

    /**
     * Listens to the changes this node commits, and only those: for work that one node must do once per change, such
     * as asking the caching proxy for a fresh copy of a page.
     */
    public void subscribeOwn(String topic, Consumer<String> listener) {
        ownListeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    private void dispatchOwn(String topic, String key) {
        ownListeners.getOrDefault(topic, List.of()).forEach(listener -> listener.accept(key));
    }

    public void subscribe(String topic, Consumer<String> listener) {
        listeners.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Called when changes may have been missed: the subscriber must drop everything it cached. */
    public void onReset(Runnable reset) {
        resets.add(reset);
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("change-feed").start(this::listenUntilStopped);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Whether this node is listening now. While it is not, other nodes' changes do not reach its caches (it resets
     * them when it listens again), so the node should not take readers: the readiness health group includes it.
     */
    public boolean isListening() {
        return listening;
    }

    private void listenUntilStopped() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                resets.forEach(Runnable::run); // anything cached before we listened may be stale
                listening = true;
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            dispatch(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                listening = false;
                if (running) {
                    log.warn("Change feed lost its connection; caches are reset and it reconnects: {}", e.getMessage());
                    resets.forEach(Runnable::run);
                    pause();
                }
            }
        }
    }

    private void dispatch(String payload) {
        int colon = payload.indexOf(':');
        if (colon < 0) {
            return;
        }
        listeners.getOrDefault(payload.substring(0, colon), List.of())
                .forEach(listener -> listener.accept(payload.substring(colon + 1)));
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
