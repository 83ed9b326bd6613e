package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.SecondNode;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each node reads sessions from its own copy; a sign-out on one node must reach the other at once. */
@IntegrationTest
class SessionsAcrossNodesIT {

    @Autowired
    TestData data;

    private static final String PASSWORD = TestData.PASSWORD;

    @LocalServerPort
    int port;

    @Test
    void signingOutOnOneNodeEndsTheSessionOnTheOther() {
        String email = data.withRoles("Two Nodes", Role.EDITOR).email();
        WebSession onFirst = data.anonymous();
        onFirst.signIn(email, PASSWORD);
        String session = onFirst.cookie("SESSION").orElseThrow();

        try (SecondNode second = data.secondNode()) {
            WebSession onSecond = new WebSession(second.port());
            onSecond.setCookie("SESSION", session);
            assertThat(onSecond.get("/admin/articles").statusCode()).isEqualTo(200);
            assertThat(onSecond.get("/admin/articles").statusCode()).isEqualTo(200); // now from its own copy

            onFirst.get("/admin/articles");
            onFirst.post("/signout", Map.of());

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(onSecond.get("/admin/articles").statusCode()).isEqualTo(302));
        }
    }
}
