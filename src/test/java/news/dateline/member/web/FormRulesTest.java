package news.dateline.member.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import news.dateline.member.PasswordPolicy;
import news.dateline.member.web.AccountForms.EmailForm;
import news.dateline.member.web.AccountForms.NameForm;
import news.dateline.member.web.AccountForms.PasswordForm;
import news.dateline.site.Words;
import org.junit.jupiter.api.Test;

/** The member forms' Bean Validation, without Spring or a database: which field each problem lands on, in whose words. */
class FormRulesTest {

    private static final Words WORDS = Words.bundled(Locale.ENGLISH, ZoneId.of("Asia/Kolkata"));
    private static final PasswordPolicy PASSWORDS = PasswordPolicy.withMinLength(12, WORDS);
    private static final String STRONG = "quiet lanterns over the harbour";

    private final Validator validator = Validation.byDefaultProvider().configure()
            .constraintValidatorFactory(new Checks()).buildValidatorFactory().getValidator();

    @Test
    void aGoodRegistrationHasNoProblems() {
        assertThat(problems(new RegistrationForm("mira@test.local", "Mira", STRONG, true))).isEmpty();
    }

    @Test
    void eachBadFieldOfARegistrationGetsItsOwnProblemInTheBundlesWords() {
        Map<String, String> problems = problems(new RegistrationForm("not an address", " ", "short", null));
        assertThat(problems).containsEntry("email", WORDS.get("form.error.email"))
                .containsEntry("displayName", WORDS.get("form.error.name-missing"))
                .containsKey("password").hasSize(3);
        assertThat(problems.get("password")).isEqualTo(PASSWORDS.problem("short"));
    }

    @Test
    void aNameOverEightyCharactersIsRefusedWithTheLimitSaid() {
        assertThat(problems(new NameForm("n".repeat(81)))).containsEntry("displayName",
                "The name can have at most 80 characters.");
        assertThat(problems(new NameForm("n".repeat(80)))).isEmpty();
    }

    @Test
    void messagesAreTakenAsWrittenNotAsTemplates() {
        // a password problem quoting braces or an expression must not be interpolated
        assertThat(FormRules.literal("at most {max} ${1+1} \\ chars")).isEqualTo("at most \\{max\\} \\$\\{1+1\\} \\\\ chars");
        assertThat(problems(new EmailForm("${7*7}@{x}", "whatever"))).containsEntry("newEmail",
                WORDS.get("form.error.email"));
    }

    @Test
    void onlyTheNewPasswordIsHeldToThePolicyNotTheCurrentOne() {
        assertThat(problems(new PasswordForm("old", STRONG))).isEmpty();
        assertThat(problems(new PasswordForm(STRONG, "password123"))).containsOnlyKeys("newPassword");
        assertThat(problems(new PasswordResetForm("token", null))).containsOnlyKeys("password");
    }

    private Map<String, String> problems(Object form) {
        Set<ConstraintViolation<Object>> violations = validator.validate(form);
        return violations.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage));
    }

    /** Makes the checks with the bundle's words and the password rule, as Spring does with its beans. */
    private static final class Checks implements ConstraintValidatorFactory {
        @Override
        @SuppressWarnings("unchecked")
        public <T extends ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
            if (key == FormRules.EmailCheck.class) {
                return (T) new FormRules.EmailCheck(WORDS);
            }
            if (key == FormRules.NameCheck.class) {
                return (T) new FormRules.NameCheck(WORDS);
            }
            if (key == FormRules.PasswordCheck.class) {
                return (T) new FormRules.PasswordCheck(PASSWORDS);
            }
            throw new IllegalArgumentException("No check " + key);
        }

        @Override
        public void releaseInstance(ConstraintValidator<?, ?> instance) {
        }
    }
}
