package news.dateline.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The editor's live preview renders unsaved Markdown as readers will see it (raw HTML shown as text), for newsroom members only. */
@IntegrationTest
class BodyPreviewIT {

    @Autowired
    TestData data;

    private static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    Members members;

    @Test
    void aWriterSeesTheBodyRenderedAndScriptsRemoved() {
        String email = data.withRoles("Pat Preview", Role.WRITER).email();
        WebSession writer = data.anonymous();
        writer.signIn(email, PASSWORD);
        writer.get("/admin/articles/new");
        var preview = writer.post("/admin/articles/body-preview",
                "body", "First paragraph.\n\n## A subheading\n\n<script>alert(1)</script><b onclick=\"x()\">bold</b>");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("<p>First paragraph.</p>").contains("<h2>A subheading</h2>")
                .doesNotContain("<script").doesNotContain("<b onclick").contains("&lt;script&gt;");
    }

    @Test
    void readersAndForgedRequestsGetNoPreview() {
        WebSession anonymous = data.anonymous();
        assertThat(anonymous.post("/admin/articles/body-preview", "body", "x").statusCode()).isIn(302, 403);
        String email = data.withRoles("Reader", Role.MEMBER).email();
        WebSession reader = data.anonymous();
        reader.signIn(email, PASSWORD);
        reader.get("/");
        assertThat(reader.post("/admin/articles/body-preview", "body", "x").statusCode()).isEqualTo(403);
    }
}
