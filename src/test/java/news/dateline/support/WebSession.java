package news.dateline.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for integration tests: keeps cookies (so a session lasts across requests), does not
 * follow redirects, and posts forms with the CSRF token of the last page it fetched, as a browser would.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private String csrf;

    public WebSession(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies).build();
    }

    /** GETs a page, with optional header name, value pairs; remembers its CSRF token. */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = send(request.build());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    /** Posts the form with the CSRF token of the last page fetched (fetch the form's page first). */
    public HttpResponse<String> post(String path, String... nameValuePairs) {
        Map<String, String> fields = fields(nameValuePairs);
        if (csrf != null) {
            fields.putIfAbsent("_csrf", csrf);
        }
        return postRaw(path, fields, Map.of());
    }

    /**
     * Posts the form with the CSRF token of the last page fetched (fetching the sign-in page first when there is
     * none), unless the fields name their own _csrf; optional header name, value pairs.
     */
    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        if (csrf == null) {
            get("/signin");
        }
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf);
        Map<String, String> headerMap = new LinkedHashMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            headerMap.put(headers[i], headers[i + 1]);
        }
        return postRaw(path, fields, headerMap);
    }

    /** Posts name, value pairs in order with repeats kept (a form with several ticked boxes), plus the CSRF token. */
    public HttpResponse<String> postRepeated(String path, String... nameValuePairs) {
        if (csrf == null) {
            get("/signin");
        }
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            pairs.add(Map.entry(nameValuePairs[i], nameValuePairs[i + 1]));
        }
        pairs.add(Map.entry("_csrf", csrf));
        return postBody(path, pairs, Map.of());
    }

    /** Posts exactly these fields (no CSRF token added) with extra headers. */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields, Map<String, String> headers) {
        return postBody(path, List.copyOf(fields.entrySet()), headers);
    }

    private HttpResponse<String> postBody(String path, List<Map.Entry<String, String>> fields,
                                          Map<String, String> headers) {
        String body = fields.stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Posts a body that is already form-encoded, exactly as given (hostile encodings included). */
    public HttpResponse<String> postEncoded(String path, String encodedBody) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodedBody)).build());
    }

    /**
     * Posts a multipart form as a browser does: the CSRF token of the last page fetched first, then the fields, then
     * the file.
     */
    public HttpResponse<String> postFile(String path, String fileField, String fileName, byte[] content,
                                         String... nameValuePairs) {
        String boundary = "----dateline" + java.util.UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        fields.putAll(fields(nameValuePairs));
        var body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Follows one redirect, as a browser would (GET). */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("Not a redirect: " + redirect.statusCode() + "\n" + redirect.body()));
        URI target = URI.create("http://127.0.0.1:" + port).resolve(location);
        return get(target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    public String csrfToken() {
        return csrf;
    }

    /** Signs in with the password form; returns the response (a redirect either way). */
    public HttpResponse<String> signIn(String email, String password) {
        get("/signin");
        HttpResponse<String> response = post("/signin", "username", email, "password", password);
        csrf = null; // the token changes at sign-in
        return response;
    }

    /** Replaces a cookie, as a visitor tampering with it would. */
    public void setCookie(String name, String value) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().remove(null, c));
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(uri("/"), cookie);
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> fields(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("name, value pairs");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
