package news.dateline.ingest.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static news.dateline.support.MockMvcCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;

import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The newsroom's import page: every uploaded file gets its own outcome, and one bad file stops no other. */
@IntegrationTest
class ImportAdminIT {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aPageWithALongUnbrokenLineIsImportedBesideABadFileAndAGoodOne() throws Exception {
        mvc.perform(multipart("/admin/import").file(fixture("long-unbroken-line.txt"))
                        .file(fixture("impossible-date.txt")).file(fixture("pti-credit.txt")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString(">long-unbroken-line.txt</a>: Imported as article"),
                        containsString("impossible-date.txt line 3: 'February 30, 2016' is not a real date"),
                        containsString(">pti-credit.txt</a>: "))));
    }

    private static MockMultipartFile fixture(String name) throws IOException {
        try (InputStream in = ImportAdminIT.class.getResourceAsStream("/ingest/" + name)) {
            return new MockMultipartFile("files", name, "text/plain", in.readAllBytes());
        }
    }
}
