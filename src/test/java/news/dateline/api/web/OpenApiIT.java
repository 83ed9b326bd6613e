package news.dateline.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import news.dateline.api.ApiCaller;
import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;

/** The OpenAPI description is public and lists exactly the API controllers' paths. */
@IntegrationTest
class OpenApiIT {

    @LocalServerPort
    int port;

    @Test
    void theDescriptionIsPublicAndMatchesTheControllers() {
        HttpResponse<String> response = new Http(port).get("/api/v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = ApiCaller.parse(response.body());
        assertThat(document.get("openapi").asString()).startsWith("3.");
        assertThat(document.get("components").get("securitySchemes").get("apiKey").get("name").asString())
                .isEqualTo("X-Api-Key");

        Set<String> documented = new HashSet<>(document.get("paths").propertyNames());
        Set<String> mapped = new HashSet<>();
        Stream.of(ArticleApiController.class, DirectoryApiController.class)
                .flatMap(controller -> Stream.of(controller.getDeclaredMethods()))
                .map(method -> method.getAnnotation(GetMapping.class)).filter(mapping -> mapping != null)
                .forEach(mapping -> mapped.addAll(Set.of(mapping.value())));
        assertThat(documented).isEqualTo(mapped);
        JsonNode listParameters = document.get("paths").get("/api/v1/articles").get("get").get("parameters");
        assertThat(listParameters.findValuesAsString("name")).contains("section", "author", "tag", "since", "until", "limit", "cursor");
    }
}
