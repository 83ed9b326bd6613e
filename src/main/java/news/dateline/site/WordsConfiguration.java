package news.dateline.site;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one message bundle ({@code i18n/messages*.properties}, UTF-8; English in {@code messages.properties} is the
 * default and the fallback for any key a later language leaves out) and the {@link Words} that reads it in the
 * site's locale and zone.
 */
@Configuration(proxyBeanMethods = false)
class WordsConfiguration {

    @Bean
    MessageSource messageSource() {
        return Words.bundle();
    }

    @Bean
    Words words(MessageSource messageSource, SiteProperties site) {
        return new Words(messageSource, Locale.forLanguageTag(site.locale()), site.zone());
    }
}
