package news.dateline.member.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import news.dateline.member.PasswordPolicy;
import news.dateline.site.Words;

/**
 * The Bean Validation constraints of the member forms: each says its problem in the bundle's words (the same checks
 * as {@link Forms}, and {@link PasswordPolicy} for passwords), so a form shows it beside its field.
 */
final class FormRules {

    private FormRules() {
    }

    /** An address that looks like one (at most 254 characters). */
    @Target({ElementType.FIELD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = EmailCheck.class)
    @interface EmailAddress {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A name shown with comments: not blank, at most {@link Forms#MAX_NAME} characters. */
    @Target({ElementType.FIELD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = NameCheck.class)
    @interface DisplayName {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A new password that {@link PasswordPolicy} accepts. */
    @Target({ElementType.FIELD, ElementType.PARAMETER})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = PasswordCheck.class)
    @interface NewPassword {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static final class EmailCheck implements ConstraintValidator<EmailAddress, String> {
        private final Words words;

        EmailCheck(Words words) {
            this.words = words;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return report(Forms.emailProblem(words, value), context);
        }
    }

    static final class NameCheck implements ConstraintValidator<DisplayName, String> {
        private final Words words;

        NameCheck(Words words) {
            this.words = words;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return report(Forms.nameProblem(words, value), context);
        }
    }

    static final class PasswordCheck implements ConstraintValidator<NewPassword, String> {
        private final PasswordPolicy passwords;

        PasswordCheck(PasswordPolicy passwords) {
            this.passwords = passwords;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return report(passwords.problem(value), context);
        }
    }

    /** Valid when there is no problem; otherwise the problem, as written, is the violation's message. */
    private static boolean report(String problem, ConstraintValidatorContext context) {
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(literal(problem)).addConstraintViolation();
        return false;
    }

    /** A message template that reads as the text itself: no parameters, no expressions. */
    static String literal(String text) {
        return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
