package news.dateline.web;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A small fuzz test: every GET the site answers and every form a reader can post, found from the application's
 * own request mappings (so a new page is covered without being listed), is sent NUL bytes, overlong text, wrongly
 * encoded UTF-8 and out-of-range numbers and dates in every parameter and path variable, as an anonymous visitor
 * and a signed-in member, and the newsroom's pages (and its article forms, on an article of its own) as an admin.
 * Path variables are also filled with real values (a published article's section, slug and id) so that hostile
 * parameters reach the code behind them. Nothing may answer with a server error.
 */
@IntegrationTest
class HostileInputIT {

    @Autowired
    TestData data;

    /** The kinds of hostile value sent one parameter at a time, the others left out. */
    static final List<String> ONE_AT_A_TIME = List.of("a%00b", "%C3%28", "x".repeat(5000), "1000000000",
            "99999999999999999999", "%2B999999999-12-31");

    /** Values as they appear in a URL or form body, already percent-encoded. */
    static final List<String> HOSTILE = List.of(
            "%00", "a%00b", "%C3%28", "%FF%FE%FD", "%ED%A0%80", "x".repeat(5000),
            "1000000000", "-1", "99999999999999999999", "%2B999999999-12-31", "-999999999-01-01", "1e309", "NaN",
            "%0D%0ALocation:%20/x", "..%2F..%2Fetc%2Fpasswd", "");

    // a fresh member's forms that end the session or the account would end the fuzzing itself
    private static final Set<String> SESSION_ENDING = Set.of("/signout", "/account/delete", "/account/password",
            "/account/email");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    Members members;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Value("${dateline.admin.email}")
    String adminEmail;
    @Value("${dateline.admin.password}")
    String adminPassword;

    @Test
    void noGetOrFormAnswersHostileInputWithAServerError() {
        WebSession anonymous = data.anonymous();
        anonymous.get("/signin");
        WebSession member = signedInMember();
        WebSession admin = data.anonymous();
        admin.signIn(adminEmail, adminPassword);
        admin.get("/admin");

        Map<String, String> real = realPathValues();

        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Endpoint endpoint : endpoints()) {
            // a set: a page without parameters or path variables would otherwise get the same request many times
            Set<Request> tries = new LinkedHashSet<>();
            for (String value : HOSTILE) {
                // everything hostile, then real path variables with hostile parameters
                tries.add(new Request(endpoint.path(name -> value), endpoint.fields(endpoint.params(), value)));
                tries.add(new Request(endpoint.path(real::get), endpoint.fields(endpoint.params(), value)));
            }
            if (endpoint.params().size() > 1) {
                for (String name : endpoint.params()) {
                    for (String value : ONE_AT_A_TIME) {
                        tries.add(new Request(endpoint.path(real::get), endpoint.fields(Set.of(name), value)));
                    }
                }
            }
            for (Request request : tries) {
                if (endpoint.method() == RequestMethod.GET) {
                    String url = request.path() + (request.fields().isEmpty() ? "" : "?" + request.fields());
                    if (endpoint.newsroom()) {
                        requests += check(failures, "GET admin " + url, admin.get(url));
                    } else {
                        requests += check(failures, "GET " + url, anonymous.get(url));
                        requests += check(failures, "GET member " + url, member.get(url));
                    }
                } else if (endpoint.pattern().startsWith("/admin/articles/")) {
                    // the newsroom's forms change shared settings; the fuzz article's own are safe to send
                    String what = request.path() + " " + request.fields();
                    requests += check(failures, "POST admin " + what, post(admin, request.path(), request.fields()));
                } else if (!endpoint.newsroom() && !SESSION_ENDING.contains(endpoint.pattern())) {
                    String what = request.path() + " " + request.fields();
                    requests += check(failures, "POST " + what, post(anonymous, request.path(), request.fields()));
                    requests += check(failures, "POST member " + what, post(member, request.path(), request.fields()));
                }
            }
        }
        assertThat(requests).as("requests sent").isGreaterThan(500);
        assertThat(failures).as("server errors").isEmpty();
    }

    @Test
    void theAuditsCasesAreRefusedWithAMessageNamingTheProblem() {
        WebSession visitor = data.anonymous();
        visitor.get("/signin");
        assertProblem(post(visitor, "/signin", "username=a%00b&password=x"), "“username” holds a NUL character");
        assertProblem(post(visitor, "/password/forgot", "email=a%00b%40test.local"), "“email” holds a NUL character");
        WebSession member = signedInMember();
        assertProblem(post(member, "/account/name", "displayName=Ann%00"), "“displayName” holds a NUL character");
        assertThat(member.get("/account").body()).contains("Fuzz Reader"); // nothing stored was lost
        assertProblem(visitor.get("/account/comments?page=1000000000"), null); // signed out: sent to sign in
        assertProblem(member.get("/account/comments?page=1000000000"), "The page must be a whole number from 1 to 10000.");
    }

    private static void assertProblem(HttpResponse<String> response, String message) {
        if (message == null) {
            assertThat(response.statusCode()).isLessThan(500);
            return;
        }
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(message);
    }

    private static int check(List<String> failures, String what, HttpResponse<String> response) {
        if (response.statusCode() >= 500) {
            failures.add(response.statusCode() + " " + abbreviate(what));
        }
        return 1;
    }

    private static HttpResponse<String> post(WebSession session, String path, String encodedBody) {
        String token = session.csrfToken();
        String body = encodedBody + (token == null ? "" : (encodedBody.isEmpty() ? "" : "&") + "_csrf=" + token);
        return session.postEncoded(path, body);
    }

    /** Values for path variables that name real things, so that hostile parameters reach the code behind them. */
    private Map<String, String> realPathValues() {
        Section section = sections.ensure("fuzz", "Fuzz", 97);
        Article article = articles.publish(articles.create(anArticle().inSection(section).metered()
                .headline("Hostile input").tagged("fuzzing").by("Fuzz Writer").build(), null).id(), null);
        Map<String, String> real = new HashMap<>();
        real.put("section", section.slug());
        real.put("slug", article.slug());
        real.put("id", String.valueOf(article.id()));
        real.put("articleId", String.valueOf(article.id()));
        real.put("format", "rss");
        real.put("month", "2026-12");
        real.put("width", "640");
        real.put("code", "fuzz");
        real.put("memberId", "1");
        real.put("editionId", "1");
        return real;
    }

    private WebSession signedInMember() {
        String email = "fuzz-" + UUID.randomUUID() + "@test.local";
        String password = "hostile input never answers five hundred";
        members.create(new Members.NewMember(email, "Fuzz Reader", password, Set.of(Role.MEMBER)));
        WebSession session = data.anonymous();
        session.signIn(email, password);
        session.get("/account");
        return session;
    }

    /** Every mapped GET and POST with the names of the parameters it reads. */
    private List<Endpoint> endpoints() {
        List<Endpoint> found = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (info.getProducesCondition().getProducibleMediaTypes().contains(MediaType.TEXT_EVENT_STREAM)) {
                continue; // a live stream stays open by design; LiveStreamIT sends it bad ids and ids of walled stories
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Set<String> params = parameterNames(entry.getValue());
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue;
                }
                if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                    found.add(new Endpoint(RequestMethod.GET, pattern, params));
                }
                if (methods.contains(RequestMethod.POST)) {
                    found.add(new Endpoint(RequestMethod.POST, pattern, params));
                }
            }
        }
        // the sign-in form is Spring Security's filter, not a mapping
        found.add(new Endpoint(RequestMethod.POST, "/signin", Set.of("username", "password")));
        return found;
    }

    private static Set<String> parameterNames(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (requestParam != null) {
                String name = !requestParam.name().isEmpty() ? requestParam.name() : requestParam.value();
                names.add(name.isEmpty() ? parameter.getParameterName() : name);
            } else if (type.isRecord() && !parameter.hasParameterAnnotation(PathVariable.class)) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        names.remove(null);
        return names;
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    record Endpoint(RequestMethod method, String pattern, Set<String> params) {

        boolean newsroom() {
            return pattern.startsWith("/admin");
        }

        /** The pattern with every {variable} (regular expressions included) and ** replaced by a value. */
        String path(Function<String, String> valueOf) {
            StringBuilder path = new StringBuilder();
            StringBuilder variable = new StringBuilder();
            int depth = 0;
            for (char c : pattern.toCharArray()) {
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    if (--depth == 0) {
                        String name = variable.toString().split(":", 2)[0];
                        String value = valueOf.apply(name);
                        path.append(value == null || value.isEmpty() ? "x" : value);
                        variable.setLength(0);
                    }
                } else if (depth > 0) {
                    variable.append(c);
                } else {
                    path.append(c);
                }
            }
            String value = valueOf.apply("**");
            return path.toString().replace("**", value == null || value.isEmpty() ? "x" : value);
        }

        String fields(Set<String> names, String value) {
            return String.join("&", names.stream().map(name -> name + "=" + value).toList());
        }
    }

    record Request(String path, String fields) {
    }
}
