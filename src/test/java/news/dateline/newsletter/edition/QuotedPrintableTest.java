package news.dateline.newsletter.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import jakarta.mail.internet.MimeUtility;
import org.junit.jupiter.api.Test;

/** {@link QuotedPrintable} writes exactly the bytes Jakarta Mail's quoted-printable encoder writes. */
class QuotedPrintableTest {

    @Test
    void theEdgeCasesEncodeAsJakartaMailEncodesThem() throws Exception {
        List<String> cases = List.of("", " ", "  ", "a ", " a", "a \nb", "a \r\nb", "a\r\n", "a\rb", "a\n\nb", "\t", "a\t\n",
                "=", "x".repeat(75), "x".repeat(76), "x".repeat(75) + " ", "x".repeat(74) + " ", "x".repeat(73) + "=",
                "x".repeat(74) + "=", "x".repeat(74) + " \n", "x".repeat(200), "é".repeat(40), "Grüß Gott, Zoë 🗞️\n",
                "<a href=\"https://x.example/r/1?u=a&s=b\">", ".\n..\n. \n");
        for (String text : cases) {
            assertThat(new String(QuotedPrintable.encode(text), StandardCharsets.US_ASCII)).as(text)
                    .isEqualTo(jakartaMail(text));
        }
    }

    @Test
    void randomTextsEncodeAsJakartaMailEncodesThem() throws Exception {
        Random random = new Random(19);
        String alphabet = "ab =\t\r\n.é—🗞\u0001~";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(300); length > 0; length--) {
                text.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('a' + random.nextInt(26)));
            }
            String t = text.toString().replace("\uD83D", "").replace("\uDDDE", ""); // no lone surrogate halves
            assertThat(new String(QuotedPrintable.encode(t), StandardCharsets.US_ASCII)).as(t).isEqualTo(jakartaMail(t));
        }
    }

    private static String jakartaMail(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream encoder = MimeUtility.encode(bytes, "quoted-printable")) {
            encoder.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
