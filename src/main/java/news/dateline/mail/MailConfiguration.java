package news.dateline.mail;

import jakarta.mail.util.StreamProvider;
import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MailProperties.class, DkimProperties.class})
class MailConfiguration {

    MailConfiguration() {
        nameTheStreamProvider();
    }

    /**
     * Names Jakarta Mail's stream provider outright. Jakarta Mail 2.1 looks it up afresh for every multipart, body
     * part and encoded write (jakartaee/mail-api#861), and without this property each lookup is a ServiceLoader scan
     * of every jar in the application: half the CPU a newsletter copy cost. With it, a lookup is a loaded class's
     * constructor. A value set on the command line wins.
     */
    static void nameTheStreamProvider() {
        if (System.getProperty(StreamProvider.class.getName()) == null) {
            System.setProperty(StreamProvider.class.getName(), MailStreamProvider.class.getName());
        }
    }
}
