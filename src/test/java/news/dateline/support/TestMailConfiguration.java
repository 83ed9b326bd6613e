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

    public static final int SMTP_PORT = 37025;

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        GreenMail greenMail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return greenMail;
    }

    @Bean
    Inbox inbox(GreenMail greenMail) {
        return new Inbox(greenMail);
    }
}
