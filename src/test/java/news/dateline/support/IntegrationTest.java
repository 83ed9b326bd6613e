package news.dateline.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on the real (embedded) PostgreSQL, served on a random port.
 * All such tests share one application context and so one database: they must not assume it is empty.
 * The clock is a {@link MutableClock} that tests may move forward (never back); mail goes to GreenMail
 * ({@link TestMailConfiguration}, read it with {@link Inbox}). People, sessions and stories come from {@link TestData}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, TestMailConfiguration.class, TestData.class})
public @interface IntegrationTest {
}
