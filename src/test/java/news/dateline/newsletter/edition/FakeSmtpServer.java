package news.dateline.newsletter.edition;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server on loopback for the failures GreenMail cannot produce: it answers 550 to RCPT for addresses
 * containing "bounce", and drops the connection at RCPT for addresses containing "drop" the first
 * {@code drops} times; with {@link #dropEveryConnectionAfter} it drops each connection silently after that many
 * accepted messages, as a relay restarting under us would. Everything else is accepted; accepted recipients are
 * counted, and connections too.
 */
final class FakeSmtpServer implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicInteger drops;
    final Set<String> accepted = ConcurrentHashMap.newKeySet();
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger messages = new AtomicInteger();
    volatile int dropEveryConnectionAfter = Integer.MAX_VALUE;

    FakeSmtpServer(int drops) {
        this.drops = new AtomicInteger(drops);
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> converse(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket; var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
             var out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            connections.incrementAndGet();
            reply(out, "220 fake ESMTP");
            String recipient = null;
            int acceptedHere = 0;
            for (String line; (line = in.readLine()) != null; ) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 fake");
                    case "MAIL" -> {
                        if (acceptedHere >= dropEveryConnectionAfter) {
                            return; // the relay went away between two messages, without a word
                        }
                        reply(out, "250 OK");
                    }
                    case "RSET", "NOOP" -> reply(out, "250 OK");
                    case "RCPT" -> {
                        recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                        if (recipient.contains("bounce")) {
                            reply(out, "550 5.1.1 No such user");
                        } else if (recipient.contains("drop") && drops.getAndDecrement() > 0) {
                            return; // the connection drops
                        } else {
                            reply(out, "250 OK");
                        }
                    }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        while (!".".equals(in.readLine())) {
                            // the message itself is not kept
                        }
                        accepted.add(recipient);
                        messages.incrementAndGet();
                        acceptedHere++;
                        reply(out, "250 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "502 unknown");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
