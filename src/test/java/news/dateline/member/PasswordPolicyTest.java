package news.dateline.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;

import news.dateline.site.Words;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(12,
            Words.bundled(Locale.forLanguageTag("en-IN"), ZoneId.of("Asia/Kolkata")));

    @Test
    void aLongUncommonPassphraseIsAccepted() {
        assertThat(policy.problem("quiet lanterns over harbour")).isNull();
    }

    @Test
    void aShortPasswordIsRefusedWithTheMinimumNamed() {
        assertThat(policy.problem("Tr0ub4dor&3")).isEqualTo("The password must have at least 12 characters.");
        assertThat(policy.problem(null)).isEqualTo("The password must have at least 12 characters.");
    }

    @Test
    void theLimitIsSeventyTwoBytesNotCharacters() {
        String base = "quiet lanterns over harbour ";
        String exactly72 = base + "é".repeat(22); // 28 + 44 bytes, 50 characters
        assertThat(policy.problem(exactly72)).isNull();
        assertThat(policy.problem(exactly72 + "x")).isEqualTo(
                "The password can have at most 72 bytes; it has 73. Letters such as é take 2 bytes, most emoji 4.");
        assertThat(PasswordPolicy.tooLong(exactly72)).isFalse();
        assertThat(PasswordPolicy.tooLong(exactly72 + "x")).isTrue();
    }

    @Test
    void repeatsAndFamousPhrasesAreRefusedWithTheEstimatorsAdvice() {
        assertThat(policy.problem("aaaaaaaaaaaa")).startsWith("That password is too easy to guess.")
                .contains("Repeats like \"aaa\" are easy to guess.");
        assertThat(policy.problem("correct horse battery staple")).startsWith("That password is too easy to guess.");
        assertThat(policy.problem("password1234")).startsWith("That password is too easy to guess.");
    }

    @Test
    void theBootstrapAdminsGeneratedPasswordsPass() {
        for (int i = 0; i < 50; i++) {
            String generated = BootstrapAdmin.generatePassword();
            assertThat(policy.problem(generated)).as(generated).isNull();
        }
    }
}
