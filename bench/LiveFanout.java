import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The client of bench/live-fanout.sh: holds many Server-Sent Events connections to one article's live stream, each
 * a plain socket read by its own virtual thread (a few KB each), then has the script post entries as an editor
 * ("POST text" on stdout, "posted 302" back on stdin) and measures, per
 * connection, how long after the post each entry arrived (entries carry a marker, BENCH...Z).
 *
 * <p>Rounds: {@code single} posts one entry to all readers; {@code stalled} also opens STALLED connections with a
 * tiny receive buffer that never read, posts a burst of BURST entries of a few KB, and reports how late the last
 * entry reached the reading connections and how many stalled ones the server let go (the hub drops a reader whose
 * queue is full instead of waiting for them).
 *
 * <p>Usage: java LiveFanout.java PORT ARTICLE_ID CONNECTIONS STALLED BURST TIMEOUT_S READER_COOKIE (the readers'
 * Cookie header, "-" for none)
 * The script reads the lines starting with "RESULT".
 */
public class LiveFanout {

    static final String HOST = "127.0.0.1";
    static String readerCookie;

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long article = Long.parseLong(args[1]);
        int connections = Integer.parseInt(args[2]);
        int stalled = Integer.parseInt(args[3]);
        int burst = Integer.parseInt(args[4]);
        long timeoutMillis = Long.parseLong(args[5]) * 1000;
        long deadline = System.currentTimeMillis() + timeoutMillis;
        readerCookie = args.length > 6 && !args[6].equals("-") ? args[6] : null;
        String path = "/live/articles/" + article;

        // open the readers, OPENING at a time (each open costs the server a few queries: too many at once starve its
        // connection pool); the opening is bounded to half the time, the rounds get the rest
        List<Reader> readers = new ArrayList<>();
        Semaphore connecting = new Semaphore(Integer.getInteger("opening", 32));
        long openDeadline = System.currentTimeMillis() + timeoutMillis / 2;
        CountDownLatch opened = new CountDownLatch(connections);
        AtomicInteger failed = new AtomicInteger();
        long openStart = System.nanoTime();
        for (int i = 0; i < connections && System.currentTimeMillis() < openDeadline; i++) {
            Reader reader = new Reader(port, path, 0);
            readers.add(reader);
            if (!connecting.tryAcquire(Math.max(1, openDeadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS)) {
                readers.remove(reader);
                break;
            }
            Thread.ofVirtual().start(() -> {
                try {
                    reader.open();
                } catch (IOException e) {
                    failed.incrementAndGet();
                } finally {
                    connecting.release();
                    opened.countDown();
                }
                reader.readForever();
            });
        }
        opened.await(Math.max(1, openDeadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
        readers.removeIf(r -> !r.ready); // the rounds measure the connections that opened
        long held = readers.size();
        System.out.printf("RESULT held %d of %d connections (%d failed) in %.1f s%n", held, connections, failed.get(),
                (System.nanoTime() - openStart) / 1e9);
        System.out.println("READY");
        waitForLine(); // the script measures the server's memory now

        // round 1: one entry to everyone
        Round single = post("single", "");
        report("single", single.await(readers, deadline), readers.size());

        // round 2: a burst while some readers have stopped reading
        List<Reader> stalls = new ArrayList<>();
        for (int i = 0; i < stalled; i++) {
            Reader stall = new Reader(port, path, 1024);
            try {
                stall.open();
                stalls.add(stall);
            } catch (IOException e) {
                failed.incrementAndGet();
            }
        }
        System.out.printf("RESULT stalled readers open %d%n", stalls.size());
        if (burst > 0) {
            String padding = " The ministers' statement continues.".repeat(100); // about 3.6 KB per entry
            Round last = null;
            for (int i = 0; i < burst; i++) {
                last = post("burst" + i, padding);
            }
            report("burst-last-entry", last.await(readers, deadline), readers.size());
            // a stalled reader the hub let go has its connection closed: once drained, it reads the end of stream
            AtomicInteger ended = new AtomicInteger();
            CountDownLatch drained = new CountDownLatch(stalls.size());
            long wait = Math.max(1, Math.min(10_000, deadline - System.currentTimeMillis()));
            for (Reader stall : stalls) {
                Thread.ofVirtual().start(() -> {
                    if (stall.drainedToEnd(wait)) {
                        ended.incrementAndGet();
                    }
                    drained.countDown();
                });
            }
            drained.await(wait + 5_000, TimeUnit.MILLISECONDS);
            int dropped = ended.get();
            System.out.printf("RESULT stalled readers dropped by the server %d of %d%n", dropped, stalls.size());
        }
        readers.forEach(Reader::close);
        stalls.forEach(Reader::close);
        System.exit(0);
    }

    static void waitForLine() throws IOException {
        while (true) {
            int c = System.in.read();
            if (c == '\n' || c < 0) {
                return;
            }
        }
    }

    static void report(String name, long[] nanos, int of) {
        long[] got = Arrays.stream(nanos).filter(n -> n > 0).sorted().toArray();
        if (got.length == 0) {
            System.out.printf("RESULT %s delivered 0 of %d%n", name, of);
            return;
        }
        System.out.printf("RESULT %s delivered %d of %d; fan-out ms p50 %.0f p99 %.0f max %.0f%n", name, got.length, of,
                got[got.length / 2] / 1e6, got[Math.min(got.length - 1, (int) Math.ceil(got.length * 0.99) - 1)] / 1e6,
                got[got.length - 1] / 1e6);
    }

    /** One posted entry: its marker and the moment before the post. */
    record Round(String marker, long postedAt) {
        long[] await(List<Reader> readers, long deadline) throws InterruptedException {
            long[] took = new long[readers.size()];
            for (int i = 0; i < readers.size(); i++) {
                Reader r = readers.get(i);
                Long at;
                while ((at = r.seen.get(marker)) == null && r.ready && System.currentTimeMillis() < deadline) {
                    Thread.sleep(5);
                }
                took[i] = at == null ? 0 : Math.max(1, at - postedAt);
            }
            return took;
        }
    }

    /**
     * Has the script post an entry (through the newsroom's form, with curl and the editor's session) whose text starts
     * with a marker the readers look for: BENCH, the name, the time, Z. Fan-out is timed from just before asking.
     */
    static Round post(String name, String padding) throws IOException {
        String marker = "BENCH" + name + "T" + System.nanoTime() + "Z";
        long postedAt = System.nanoTime();
        System.out.println("POST " + marker + " A bench entry." + padding);
        System.out.flush();
        String answer = readLine();
        if (!answer.equals("posted 302")) {
            throw new IllegalStateException("posting entry " + name + ": " + answer);
        }
        return new Round(marker, postedAt);
    }

    static String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = System.in.read()) >= 0 && c != '\n'; ) {
            line.append((char) c);
        }
        return line.toString();
    }

    /** One SSE connection on a plain socket. It notes when each entry's marker arrived (by the data's first words). */
    static final class Reader {
        final int port;
        final String path;
        final int receiveBuffer;
        final ConcurrentHashMap<String, Long> seen = new ConcurrentHashMap<>();
        volatile boolean ready;
        Socket socket;

        Reader(int port, String path, int receiveBuffer) {
            this.port = port;
            this.path = path;
            this.receiveBuffer = receiveBuffer;
        }

        void open() throws IOException {
            socket = new Socket();
            if (receiveBuffer > 0) {
                socket.setReceiveBufferSize(receiveBuffer);
            }
            socket.connect(new InetSocketAddress(HOST, port), 30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + HOST + "\r\nAccept: text/event-stream\r\n"
                    + (readerCookie == null ? "" : "Cookie: " + readerCookie + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (receiveBuffer > 0) {
                ready = true; // a stalled reader reads nothing, not even the headers
                return;
            }
            // the headers and the stream's first comment line
            String start = readUntil(socket.getInputStream(), ":live");
            if (!start.startsWith("HTTP/1.1 200")) {
                throw new IOException("answered " + start.lines().findFirst().orElse(""));
            }
            ready = true;
        }

        void readForever() {
            if (!ready) {
                return;
            }
            byte[] buffer = new byte[8192];
            StringBuilder pending = new StringBuilder();
            try {
                InputStream in = socket.getInputStream();
                for (int n; (n = in.read(buffer)) > 0; ) {
                    long now = System.nanoTime();
                    pending.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    int at;
                    while ((at = pending.indexOf("BENCH")) >= 0) {
                        int end = pending.indexOf("Z", at);
                        if (end < 0) {
                            break;
                        }
                        seen.putIfAbsent(pending.substring(at, end + 1), now);
                        pending.delete(0, end + 1);
                    }
                    if (pending.length() > 64 && pending.indexOf("BENCH") < 0) {
                        pending.delete(0, pending.length() - 64);
                    }
                }
            } catch (IOException e) {
                // closed
            }
            ready = false;
        }

        boolean drainedToEnd(long waitMillis) {
            try {
                socket.setSoTimeout((int) waitMillis);
                InputStream in = socket.getInputStream();
                byte[] buffer = new byte[65536];
                while (in.read(buffer) >= 0) {
                    // drain what the server managed to send before it let go
                }
                return true;
            } catch (IOException e) {
                return false; // still open: not dropped
            }
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
        }

        private static String readUntil(InputStream in, String marker) throws IOException {
            StringBuilder got = new StringBuilder();
            while (got.indexOf(marker) < 0) {
                int c = in.read();
                if (c < 0) {
                    break;
                }
                got.append((char) c);
            }
            return got.toString();
        }
    }
}
