package news.dateline.ratelimit;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads a {@link RateLimiter.Limit} from configuration written as {@code 10/PT15M} (hits / ISO-8601 window). */
@Component
@ConfigurationPropertiesBinding
class LimitConverter implements Converter<String, RateLimiter.Limit> {

    @Override
    public RateLimiter.Limit convert(String source) {
        return RateLimiter.Limit.parse(source);
    }
}
