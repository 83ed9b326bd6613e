package news.dateline.api.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import news.dateline.site.SiteProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The head of the OpenAPI description that springdoc builds from the API's controllers: what the API is and that
 * every operation needs the key header.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String KEY_SCHEME = "apiKey";

    @Bean
    OpenAPI contentApiDescription(SiteProperties site) {
        return new OpenAPI()
                .info(new Info().title(site.name() + " content API").version("v1").description("""
                        Read-only access to published articles, sections, tags and authors. Send your key in the \
                        X-Api-Key header (ask the newsroom's admins for one). Lists page with nextCursor; one \
                        article is also available as IPTC ninjs 3.0 (Accept: application/ninjs+json or \
                        ?format=ninjs). Responses carry an ETag; send it back in If-None-Match for a 304."""))
                .components(new Components().addSecuritySchemes(KEY_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(ApiKeyFilter.HEADER)))
                .addSecurityItem(new SecurityRequirement().addList(KEY_SCHEME));
    }
}
