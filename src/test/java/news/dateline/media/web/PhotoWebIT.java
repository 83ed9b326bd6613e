package news.dateline.media.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static news.dateline.support.MockMvcCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import news.dateline.media.Photo;
import news.dateline.media.PhotoLibrary;
import news.dateline.media.PhotoUpload;
import news.dateline.media.TestImages;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class PhotoWebIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    PhotoLibrary library;
    @Autowired
    JdbcClient jdbc;
    @Value("${local.server.port}")
    int port;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void renditionsAreServedOverHttpWithAYearLongImmutableCache() throws Exception {
        Photo photo = library.upload(new PhotoUpload("wide.png", TestImages.transparentPng(2000, 1000), null, null, null));

        HttpResponse<byte[]> response = fetch(photo.src(640));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(TestImages.decode(response.body()).getWidth()).isEqualTo(640);
        assertThat(TestImages.decode(fetch(photo.src(1600)).body()).getWidth()).isEqualTo(1600);
    }

    @Test
    void unknownPhotoOrWidthIsNotFound() throws Exception {
        Photo photo = library.upload(new PhotoUpload("small.jpg", TestImages.jpeg(500, 400), null, null, null));

        assertThat(fetch("/media/photos/" + photo.id() + "-640.jpg").statusCode()).isEqualTo(404);
        assertThat(fetch("/media/photos/" + (Long.MAX_VALUE / 10) + "-320.jpg").statusCode()).isEqualTo(404);
        assertThat(fetch("/media/photos/" + photo.id() + "-500.jpg").statusCode()).isEqualTo(200);
    }

    @Test
    void newsroomPhotoLibraryNeedsAnEditor() throws Exception {
        mvc.perform(get("/admin/photos")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/signin"));
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    void membersWithoutANewsroomRoleAreForbidden() throws Exception {
        mvc.perform(get("/admin/photos")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorUploadsAPhotoAndSeesItInTheLibrary() throws Exception {
        var file = new MockMultipartFile("file", "gradient.webp", "image/webp",
                TestImages.resource(TestImages.WEBP_400X300));

        String location = mvc.perform(multipart("/admin/photos").file(file).with(csrf())
                        .param("caption", "Brussels at dusk").param("credit", "AFP").param("altText", "A skyline"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("notice"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.indexOf("#photo-") + 7));

        mvc.perform(get("/admin/photos")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/media/photos/" + id + "-320.jpg")))
                .andExpect(content().string(containsString("Brussels at dusk")));
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void rejectedUploadShowsWhyAndKeepsTheWords() throws Exception {
        long rows = photoRows();
        var notes = new MockMultipartFile("file", "notes.txt", "text/plain", "not a photo".getBytes());

        mvc.perform(multipart("/admin/photos").file(notes).with(csrf())
                        .param("caption", "Caption typed with care").param("credit", "Reuters"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(
                        "notes.txt is not a JPEG, PNG or WebP image. Choose the file again.")))
                .andExpect(content().string(containsString("Caption typed with care")))
                .andExpect(content().string(containsString("value=\"Reuters\"")));
        assertThat(photoRows()).isEqualTo(rows);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void uploadWithoutCsrfTokenIsRefused() throws Exception {
        var file = new MockMultipartFile("file", "a.jpg", "image/jpeg", TestImages.jpeg(50, 50));
        mvc.perform(multipart("/admin/photos").file(file)).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorAttachesAnImageToAFlaggedCaption() throws Exception {
        Photo flagged = library.captionOnly("Jean-Marc Ayrault in Brussels", "AFP");
        mvc.perform(get("/admin/photos")).andExpect(content().string(
                containsString("action=\"/admin/photos/" + flagged.id() + "/image\"")));

        var file = new MockMultipartFile("file", "ayrault.jpg", "image/jpeg", TestImages.jpeg(800, 600));
        mvc.perform(multipart("/admin/photos/" + flagged.id() + "/image").file(file).with(csrf()))
                .andExpect(redirectedUrl("/admin/photos#photo-" + flagged.id()));

        Photo attached = library.find(flagged.id()).orElseThrow();
        assertThat(attached.missingImage()).isFalse();
        assertThat(attached.caption()).isEqualTo("Jean-Marc Ayrault in Brussels");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorEditsTheWordsOfAPhoto() throws Exception {
        Photo photo = library.captionOnly("Old caption", "Old credit");
        mvc.perform(get("/admin/photos/" + photo.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Old caption")));

        mvc.perform(post("/admin/photos/" + photo.id()).with(csrf())
                        .param("caption", "New caption").param("credit", "AFP").param("altText", "A minister"))
                .andExpect(redirectedUrl("/admin/photos#photo-" + photo.id()));

        assertThat(library.find(photo.id()).orElseThrow().altText()).isEqualTo("A minister");
    }

    private HttpResponse<byte[]> fetch(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    private long photoRows() {
        return jdbc.sql("select count(*) from photo").query(Long.class).single();
    }
}
