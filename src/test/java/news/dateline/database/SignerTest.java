package news.dateline.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class SignerTest {

    private final Signer signer = new Signer(() -> "a shared secret");

    @Test
    void signsWithHmacSha256OfTheSecret() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("a shared secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal("reader 42".getBytes(StandardCharsets.UTF_8)));

        assertThat(signer.sign("reader 42")).isEqualTo(expected);
        assertThat(signer.sign("reader 42")).as("the same again: no state left over").isEqualTo(expected);
        assertThat(signer.matches("reader 42", expected)).isTrue();
        assertThat(signer.matches("reader 43", expected)).isFalse();
        assertThat(signer.matches("reader 42", null)).isFalse();
    }

    @Test
    void threadsSigningAtOnceEachGetTheirOwnMessagesSignature() throws Exception {
        List<String> expected = IntStream.range(0, 2_000).mapToObj(i -> signer.sign("message " + i)).toList();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> checks = IntStream.range(0, 2_000)
                    .mapToObj(i -> (Callable<Boolean>) () -> signer.sign("message " + i).equals(expected.get(i))).toList();
            for (Future<Boolean> check : threads.invokeAll(checks)) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
