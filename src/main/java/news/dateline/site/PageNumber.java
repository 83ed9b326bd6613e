package news.dateline.site;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The number of a page of a list, from 1 to {@link #MAX}: put on a controller's {@code page} parameter, a page
 * beyond it is a 400 naming the rule (the web layer shows the message) instead of an offset that overflows.
 * Ten thousand pages is past the end of every list on the site.
 */
@Min(1)
@Max(PageNumber.MAX)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PageNumber {

    int MAX = 10_000;

    String message() default "The page must be a whole number from 1 to 10000.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
