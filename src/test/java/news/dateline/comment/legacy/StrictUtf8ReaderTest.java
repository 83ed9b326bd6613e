package news.dateline.comment.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

    @Test
    void charactersSplitAcrossBuffersAreDecodedAndBadBytesAreNotedWithTheirLines() throws IOException {
        String valid = "é€😀\r\n".repeat(3_000); // 3,000 lines of 2-, 3- and 4-byte characters, CR LF
        byte[] good = valid.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 6];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = 'a';
        bytes[good.length + 1] = (byte) 0xC3; // a 2-byte start followed by a plain letter
        bytes[good.length + 2] = 'b';
        bytes[good.length + 3] = '\r';
        bytes[good.length + 4] = (byte) 0xE2; // a 3-byte start cut off by the end
        bytes[good.length + 5] = (byte) 0x82;

        var reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes));
        String text = readAll(reader);

        assertThat(text).isEqualTo(valid + "a\uFFFDb\r\uFFFD");
        assertThat(reader.takeMalformedUpTo(3_000)).isNull();
        assertThat(reader.takeMalformedUpTo(3_001)).isEqualTo(new StrictUtf8Reader.Malformed(3_001, 0xC3));
        assertThat(reader.takeMalformedUpTo(Long.MAX_VALUE)).isEqualTo(new StrictUtf8Reader.Malformed(3_002, 0xE2));
        assertThat(reader.hasMalformed()).isFalse();
    }

    private static String readAll(Reader reader) throws IOException {
        var out = new StringWriter();
        char[] buffer = new char[777];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            out.write(buffer, 0, n);
        }
        return out.toString();
    }
}
