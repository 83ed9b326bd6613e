package news.dateline.mail;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Long-lived SMTP connections shared by the threads that send many messages in a row (newsletter delivery). Opening
 * a connection (TCP, greeting, EHLO, maybe STARTTLS and AUTH) costs far more than one message on it, so a thread
 * borrows an open connection, sends one message, and gives it back. A connection that failed is closed and never
 * returned, so the next message goes out on a fresh one; one idle for a while is checked (NOOP) before reuse; one
 * that carried {@code messagesPerConnection} messages is closed politely, as relays limit messages per connection.
 * <p>
 * Failures are thrown as Spring's {@link MailSendException} holding the message and its {@link MessagingException},
 * just as {@link JavaMailSenderImpl#send} would, so {@link SmtpFailures} reads them the same way.
 * {@link MailWorker} sends one mail at a time and does not need this.
 */
public final class SmtpPool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpPool.class);

    private final JavaMailSenderImpl sender;
    private final Session session;
    private final int messagesPerConnection;
    private final long checkAfterIdleNanos;
    private final Semaphore connections;
    private final LinkedBlockingDeque<Connection> idle = new LinkedBlockingDeque<>();
    private final AtomicInteger opened = new AtomicInteger();
    private volatile boolean closed;

    /**
     * @param sender                where to connect (host, port, user, password, protocol and mail properties)
     * @param maxConnections        connections open at once at most; a thread waits for one beyond that
     * @param messagesPerConnection messages sent on one connection before it is replaced
     * @param checkAfterIdle        a connection idle this long is checked with NOOP before it is used again
     */
    public SmtpPool(JavaMailSenderImpl sender, int maxConnections, int messagesPerConnection, Duration checkAfterIdle) {
        this.sender = sender;
        this.session = withTimeouts(sender.getSession());
        this.messagesPerConnection = Math.max(1, messagesPerConnection);
        this.checkAfterIdleNanos = checkAfterIdle.toNanos();
        this.connections = new Semaphore(Math.max(1, maxConnections), true);
    }

    /**
     * Sends a message already written as MIME bytes (no Bcc header), from {@code from} to {@code to}, as they are;
     * throws {@link MailSendException} when it was not accepted.
     */
    public void send(byte[] mime, InternetAddress from, InternetAddress to) throws InterruptedException {
        send(new PreparedMessage(session, mime, from, to));
    }

    /** Sends one message on a pooled connection; throws {@link MailSendException} when it was not accepted. */
    public void send(MimeMessage message) throws InterruptedException {
        connections.acquire();
        Connection connection = null;
        try {
            connection = borrow(message);
            connection.transport.sendMessage(message, message.getAllRecipients());
            connection.sent++;
            giveBack(connection);
            connection = null;
        } catch (MessagingException e) {
            throw new MailSendException(Map.of(message, e));
        } finally {
            if (connection != null) {
                close(connection); // failed mid-conversation: its state is unknown, never reuse it
            }
            connections.release();
        }
    }

    /** How many connections were opened so far (to show, and test, that they are reused). */
    public int opened() {
        return opened.get();
    }

    private Connection borrow(MimeMessage message) throws MessagingException {
        for (Connection c; (c = idle.pollFirst()) != null; ) {
            boolean stale = System.nanoTime() - c.lastUsed > checkAfterIdleNanos;
            if (!stale || c.transport.isConnected()) { // isConnected() sends NOOP: a relay may have closed it
                return c;
            }
            close(c);
        }
        Transport transport = session.getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
        try {
            transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
        } catch (MessagingException e) {
            throw new MessagingException("Mail server connection failed: " + e.getMessage(), e);
        }
        opened.incrementAndGet();
        return new Connection(transport);
    }

    private void giveBack(Connection connection) {
        if (closed || connection.sent >= messagesPerConnection) {
            close(connection);
            return;
        }
        connection.lastUsed = System.nanoTime();
        idle.offerFirst(connection); // the most recently used first: the others may idle out and be closed
    }

    private static void close(Connection connection) {
        try {
            connection.transport.close();
        } catch (MessagingException | RuntimeException e) {
            log.debug("Closing an SMTP connection failed (it is dropped either way): {}", e.toString());
        }
    }

    /** Closes every idle connection; connections in use are closed when they are given back after this. */
    @Override
    public void close() {
        closed = true;
        for (Connection c; (c = idle.pollFirst()) != null; ) {
            close(c);
        }
    }

    // a long-lived connection must not wait forever on a relay that stopped answering (Jakarta Mail's default)
    private static Session withTimeouts(Session session) {
        Properties properties = new Properties();
        properties.putAll(session.getProperties());
        for (String protocol : new String[] {"smtp", "smtps"}) {
            properties.putIfAbsent("mail." + protocol + ".connectiontimeout", "30000");
            properties.putIfAbsent("mail." + protocol + ".timeout", "60000");
            properties.putIfAbsent("mail." + protocol + ".writetimeout", "60000");
        }
        return Session.getInstance(properties);
    }

    private static final class Connection {
        final Transport transport;
        int sent;
        long lastUsed = System.nanoTime();

        Connection(Transport transport) {
            this.transport = transport;
        }
    }
}
