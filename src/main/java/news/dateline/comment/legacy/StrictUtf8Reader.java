package news.dateline.comment.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Decodes UTF-8 strictly (malformed bytes are reported, never silently replaced) without stopping the file: each
 * malformed sequence is remembered with its line and stands as U+FFFD in the text, so that {@link CsvCommentReader}
 * can reject the one row that holds it, with its line, and keep the rows around it. Lines are counted the way
 * Commons CSV counts them: CR LF, LF and a lone CR each end one.
 */
final class StrictUtf8Reader extends Reader {

    /** A malformed sequence: the line it is on and its first byte. */
    record Malformed(long line, int firstByte) {
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final Deque<Malformed> malformed = new ArrayDeque<>();
    private long line = 1;
    private boolean afterCr;
    private boolean endOfInput;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    boolean hasMalformed() {
        return !malformed.isEmpty();
    }

    /** Removes and returns the first malformed sequence on a line up to {@code lastLine}, or null. */
    Malformed takeMalformedUpTo(long lastLine) {
        Malformed first = malformed.peekFirst();
        if (first == null || first.line() > lastLine) {
            return null;
        }
        // the rest in the same row add nothing to its rejection
        while (!malformed.isEmpty() && malformed.peekFirst().line() <= lastLine) {
            malformed.removeFirst();
        }
        return first;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        int counted = offset;
        while (out.position() == offset) {
            if (!bytes.hasRemaining() && endOfInput) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            counted = countLines(target, counted, out.position());
            if (result.isError() && out.hasRemaining()) {
                malformed.addLast(new Malformed(line, bytes.get(bytes.position()) & 0xFF));
                bytes.position(bytes.position() + result.length());
                out.put('\uFFFD');
                counted = countLines(target, counted, out.position());
            } else if (result.isUnderflow() && out.position() == offset) {
                fill();
            }
        }
        return out.position() - offset;
    }

    /** Counts the line ends in {@code target[from, to)}; returns {@code to}. */
    private int countLines(char[] target, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = target[i];
            if (c == '\r' || c == '\n' && !afterCr) {
                line++;
            }
            afterCr = c == '\r';
        }
        return to;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
