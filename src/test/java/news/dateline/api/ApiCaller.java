package news.dateline.api;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import news.dateline.support.Http;
import news.dateline.support.TestData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A partner app in tests: a fresh key of its own (so rate limits of other tests never touch it) and JSON reading. */
public final class ApiCaller {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Http http;
    private final String secret;

    private ApiCaller(Http http, String secret) {
        this.http = http;
        this.secret = secret;
    }

    /** A caller with a new key, made by a new admin of {@link TestData}. */
    public static ApiCaller withNewKey(TestData data, ApiKeys keys) {
        return new ApiCaller(new Http(data.port()), keys.issue("test partner", data.admin().id()).secret());
    }

    public String secret() {
        return secret;
    }

    /** A GET with the key and optional header name, value pairs. */
    public HttpResponse<String> get(String path, String... headers) {
        return http.get(path, Stream.concat(Stream.of("X-Api-Key", secret), Stream.of(headers))
                .toArray(String[]::new));
    }

    /** GETs and reads the JSON of a 200 answer. */
    public JsonNode json(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public static JsonNode parse(String json) {
        return JSON.readTree(json);
    }
}
