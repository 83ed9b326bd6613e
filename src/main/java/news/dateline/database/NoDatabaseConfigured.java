package news.dateline.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when neither {@code DATELINE_DB_URL} nor {@code spring.datasource.url} names a database. */
public class NoDatabaseConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEmbedded(context.getEnvironment().getProperty("spring.datasource.url"));
    }

    public static boolean isEmbedded(String configuredUrl) {
        return !StringUtils.hasText(configuredUrl);
    }
}
