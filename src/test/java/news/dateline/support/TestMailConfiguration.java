package news.dateline.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * GreenMail, a real SMTP server on loopback, for every integration test: the one application context sends its
 * mail there ({@code spring.mail.*} in application-test.properties). Read what arrived with {@link Inbox}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailConfiguration {

    /**
     * The SMTP port; {@code -Dspring.mail.port=…} moves it (and where the application sends), so two test runs on
     * one machine (two worktrees) do not fight over it.
     */
    public static final int SMTP_PORT = Integer.getInteger("spring.mail.port", 37025);

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        ServerSetup smtp = new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        smtp.setServerStartupTimeout(10_000); // a busy 2-core machine can take more than the default 2 s
        GreenMail greenMail = new GreenMail(smtp)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return greenMail;
    }

    @Bean
    Inbox inbox(GreenMail greenMail) {
        return new Inbox(greenMail);
    }
}
