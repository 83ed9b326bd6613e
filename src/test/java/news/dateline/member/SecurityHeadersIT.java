package news.dateline.member;

import static news.dateline.support.MockMvcCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.util.UUID;

import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Headers on HTTPS and plain HTTP, and the per-IP rate limit (tested from addresses no other test uses). */
@IntegrationTest
class SecurityHeadersIT {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void httpsResponsesCarryHstsAndPlainOnesDoNot() throws Exception {
        mvc.perform(get("/signin").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
        mvc.perform(get("/signin")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void everyPageForbidsFramingAndInlineScript() throws Exception {
        mvc.perform(get("/register"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void theReadersShorterChainSendsTheSameHeadersAsEveryPage() throws Exception {
        // the sitemap goes through the chain for readers' common reads (web/ReaderReads), /register through the full
        // one (robots.txt, answered by a servlet filter MockMvc leaves out, is checked over HTTP in SitemapsIT)
        for (String path : new String[] {"/sitemap.xml", "/register"}) {
            mvc.perform(get(path).secure(true))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
        }
    }

    @Test
    void oneIpAskingForMailForManyAddressesIsStopped() throws Exception {
        String ip = "198.51.100." + (1 + (int) (Math.random() * 250));
        int allowed = 200; // dateline.members.mail-per-ip in application-test.properties
        for (int i = 0; i < allowed; i++) {
            String email = "spray-" + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
            mvc.perform(post("/password/forgot").param("email", email).with(csrf()).with(r -> {
                r.setRemoteAddr(ip);
                return r;
            })).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/password/forgot").param("email", "one-more@test.local").with(csrf()).with(r -> {
            r.setRemoteAddr(ip);
            return r;
        })).andExpect(status().isTooManyRequests());
    }
}
