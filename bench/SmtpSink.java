import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The newsletter delivery benchmark's stand-in for a remote mail server, on loopback: one thread, one NIO selector.
 * It speaks enough SMTP for any client (greeting, EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; pipelined commands
 * are answered in order), reads every message to its terminating dot line (a state machine over the bytes, so a
 * terminator split across reads is found), counts each one and keeps none. The count goes to COUNT_FILE every half
 * second. Run with {@code java bench/SmtpSink.java PORT COUNT_FILE}; it replaces bench/smtp-sink.py, whose asyncio
 * loop cost about a quarter of a millisecond of CPU per message on the machine the app was measured on.
 */
public class SmtpSink {

    // "\r\n.\r\n": the end of a message's data; a line starting with a dot is sent dot-stuffed ("..") by the client
    private static final byte[] END = {'\r', '\n', '.', '\r', '\n'};
    private static final int[] FALLBACK = {0, 0, 0, 1, 2}; // KMP failure function of END

    private static long count;

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path countFile = Path.of(args[1]);
        try (Selector selector = Selector.open();
             ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.INET)) {
            server.bind(new InetSocketAddress("127.0.0.1", port), 256);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            long nextReport = 0;
            while (true) {
                selector.select(500);
                for (SelectionKey key : selector.selectedKeys()) {
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept(server, selector);
                    } else {
                        Session session = (Session) key.attachment();
                        try {
                            if (key.isReadable()) {
                                session.read();
                            }
                            if (key.isValid() && key.isWritable()) {
                                session.flush();
                            }
                        } catch (IOException e) {
                            session.close();
                        }
                    }
                }
                selector.selectedKeys().clear();
                long now = System.nanoTime();
                if (now - nextReport >= 0) {
                    Files.writeString(countFile, Long.toString(count));
                    nextReport = now + 500_000_000L;
                }
            }
        }
    }

    private static void accept(ServerSocketChannel server, Selector selector) throws IOException {
        for (SocketChannel channel; (channel = server.accept()) != null; ) {
            channel.configureBlocking(false);
            Session session = new Session(channel);
            session.key = channel.register(selector, SelectionKey.OP_READ, session);
            session.reply("220 sink ESMTP\r\n");
            try {
                session.flush();
            } catch (IOException e) {
                session.close();
            }
        }
    }

    /** One client connection: commands line by line, or a message's data up to its end. */
    private static final class Session {
        final SocketChannel channel;
        final ByteBuffer in = ByteBuffer.allocateDirect(256 * 1024);
        ByteBuffer out = ByteBuffer.allocate(4096);
        final byte[] line = new byte[1024]; // a command line (SMTP limits them to 512 bytes)
        int lineLength;
        boolean inData;
        int matched; // bytes of END matched so far while in data
        SelectionKey key;

        Session(SocketChannel channel) {
            this.channel = channel;
        }

        void read() throws IOException {
            int n = channel.read(in);
            if (n < 0) {
                close();
                return;
            }
            in.flip();
            while (in.hasRemaining() && channel.isOpen()) {
                if (inData) {
                    data();
                } else {
                    command();
                }
            }
            in.clear();
            flush();
        }

        // scans the data for END; the bytes themselves are dropped
        private void data() {
            int s = matched;
            while (in.hasRemaining()) {
                byte b = in.get();
                while (s > 0 && END[s] != b) {
                    s = FALLBACK[s - 1];
                }
                if (END[s] == b && ++s == END.length) {
                    count++;
                    inData = false;
                    matched = 0;
                    reply("250 queued\r\n");
                    return;
                }
            }
            matched = s;
        }

        // collects one command line and answers it once its CRLF arrived
        private void command() throws IOException {
            while (in.hasRemaining()) {
                byte b = in.get();
                if (lineLength < line.length) {
                    line[lineLength++] = b;
                }
                if (b == '\n') {
                    String command = new String(line, 0, lineLength, StandardCharsets.US_ASCII).strip();
                    lineLength = 0;
                    answer(command);
                    return;
                }
            }
        }

        private void answer(String command) throws IOException {
            String verb = (command.length() >= 4 ? command.substring(0, 4) : command).toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO" -> reply("250-sink\r\n250 8BITMIME\r\n");
                case "HELO" -> reply("250 sink\r\n");
                case "MAIL", "RCPT", "RSET", "NOOP" -> reply("250 OK\r\n");
                case "DATA" -> {
                    reply("354 go ahead\r\n");
                    inData = true;
                    matched = 2; // the DATA line's own CRLF: an empty message ends at the first ".\r\n"
                }
                case "QUIT" -> {
                    reply("221 bye\r\n");
                    flush();
                    close();
                }
                default -> reply("500 unknown command\r\n");
            }
        }

        void reply(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            if (out.remaining() < bytes.length) {
                ByteBuffer bigger = ByteBuffer.allocate(out.capacity() * 2 + bytes.length);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
            out.put(bytes);
        }

        // writes what is pending; what the socket did not take waits for it to become writable
        void flush() throws IOException {
            if (!channel.isOpen()) {
                return;
            }
            out.flip();
            channel.write(out);
            out.compact();
            key.interestOps(out.position() > 0 ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        void close() {
            key.cancel();
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing a dead connection
            }
        }
    }
}
