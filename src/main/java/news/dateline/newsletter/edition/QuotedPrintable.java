package news.dateline.newsletter.edition;

import java.nio.charset.StandardCharsets;

/**
 * Quoted-printable (RFC 2045) for a copy's two parts, written into one byte array: the same bytes as Jakarta Mail's
 * {@code QPEncoderStream} (lines of at most 76 characters with soft breaks, line ends as CRLF, a space before a line
 * end encoded, tabs and controls encoded), which {@code QuotedPrintableTest} checks. That stream takes one byte at a
 * time through a synchronized {@code ByteArrayOutputStream}: the largest single item in a delivery thread's profile
 * (10 % of its samples, bench/RESULTS.md, seventh round).
 */
final class QuotedPrintable {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final int LINE = 75; // characters before the soft break's '=' (76 with it)

    private QuotedPrintable() {
    }

    /** The text's UTF-8 bytes, quoted-printable. */
    static byte[] encode(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        // each byte at most three, plus a soft break (three) per 25 encoded bytes, plus a trailing space's three
        byte[] out = new byte[in.length * 3 + in.length / 8 + 8];
        int n = 0;
        int column = 0;
        boolean space = false; // a space waits: it is encoded if a line end follows it
        boolean cr = false;
        for (byte value : in) {
            int c = value & 0xff;
            if (space) {
                boolean atLineEnd = c == '\r' || c == '\n';
                int width = atLineEnd ? 3 : 1;
                if ((column += width) > LINE) {
                    out[n++] = '=';
                    out[n++] = '\r';
                    out[n++] = '\n';
                    column = width;
                }
                n = atLineEnd ? escape(out, n, ' ') : put(out, n, ' ');
                space = false;
            }
            if (c == '\r') {
                cr = true;
                out[n++] = '\r';
                out[n++] = '\n';
                column = 0;
                continue;
            }
            if (c == '\n') {
                if (!cr) {
                    out[n++] = '\r';
                    out[n++] = '\n';
                    column = 0;
                }
            } else if (c == ' ') {
                space = true;
            } else {
                boolean encoded = c < 040 || c >= 0177 || c == '=';
                int width = encoded ? 3 : 1;
                if ((column += width) > LINE) {
                    out[n++] = '=';
                    out[n++] = '\r';
                    out[n++] = '\n';
                    column = width;
                }
                n = encoded ? escape(out, n, c) : put(out, n, c);
            }
            cr = false;
        }
        if (space) { // a space at the very end is encoded, as at a line end
            if (column + 3 > LINE) {
                out[n++] = '=';
                out[n++] = '\r';
                out[n++] = '\n';
            }
            n = escape(out, n, ' ');
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int put(byte[] out, int n, int c) {
        out[n] = (byte) c;
        return n + 1;
    }

    private static int escape(byte[] out, int n, int c) {
        out[n] = '=';
        out[n + 1] = HEX[c >> 4];
        out[n + 2] = HEX[c & 0xf];
        return n + 3;
    }
}
