package news.dateline.article.web;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.PhotoReference;
import news.dateline.article.SectionDirectory;
import news.dateline.media.Photo;
import news.dateline.media.PhotoLibrary;
import news.dateline.media.PhotoUpload;
import news.dateline.media.TestImages;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The editor's photo search finds library photos by their words and offers the Markdown that puts one in a body;
 * that Markdown shows the photo on the reader page with its renditions, alt text, caption and credit, whatever
 * characters the words hold. Newsroom staff only.
 */
@IntegrationTest
class PhotoSearchIT {

    @Autowired
    TestData data;

    private static final String PASSWORD = TestData.PASSWORD;
    private static final String TRICKY_ALT = "Ferry [at] *dawn* <script>alert(1)</script> & \\ \"quoted\" `code` ](photo:1)";

    @Autowired
    PhotoLibrary photos;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;

    @Test
    void aWriterFindsAPhotoByPrefixesOfItsWordsAndGetsItsMarkdown() {
        String word = "kestrel" + UUID.randomUUID().toString().substring(0, 8);
        Photo photo = upload("The " + word + " ferry leaves Kochi harbour", "Asha <b>Menon</b>", null);
        upload("An unrelated market scene", "Staff", null);
        WebSession writer = staff(Role.WRITER);

        var found = writer.get("/admin/articles/photo-search?q=" + word.substring(0, 10) + "+harb");
        assertThat(found.statusCode()).isEqualTo(200);
        Document page = Jsoup.parseBodyFragment(found.body());
        assertThat(page.select("button.insert-photo")).singleElement()
                .satisfies(b -> assertThat(b.attr("data-markdown")).isEqualTo(PhotoReference.markdown(photo)));
        assertThat(page.select("img").attr("src")).isEqualTo(photo.src(320));
        // the caption and credit are text: their angle brackets never become markup
        assertThat(found.body()).contains("Asha &lt;b&gt;Menon&lt;/b&gt;").doesNotContain("<b>Menon");

        assertThat(writer.get("/admin/articles/photo-search?q=" + photo.id()).body()).contains("Insert photo " + photo.id());
        assertThat(writer.get("/admin/articles/photo-search?q=" + word + "+nosuchword").body())
                .contains("No photo matches").doesNotContain("insert-photo");
        assertThat(writer.get("/admin/articles/photo-search?q=" + "%27%22%3A*%26%7C%21").statusCode()).isEqualTo(200);
    }

    @Test
    void theInsertedMarkdownShowsThePhotoOnTheReaderPageWithItsWordsEscaped() {
        Photo photo = upload("Caption with <em>markup</em> & an ampersand", "Credit <img src=x onerror=alert(1)>",
                TRICKY_ALT);
        String markdown = PhotoReference.markdown(photo);
        Article article = articles.create(anArticle().inSection(sections.ensure("news", "News", 1))
                .body("Before the photo.\n\n" + markdown + "\n\nAfter the photo.").build(), null);
        articles.publish(article.id(), null);

        String html = data.anonymous().get(articles.get(article.id()).path()).body();
        Element figure = Jsoup.parse(html).selectFirst("figure.inline-photo");
        assertThat(figure).isNotNull();
        Element img = figure.selectFirst("img");
        assertThat(img.attr("alt")).isEqualTo(TRICKY_ALT);
        assertThat(img.attr("src")).isEqualTo(photo.src());
        assertThat(img.attr("srcset")).isEqualTo(photo.srcset());
        assertThat(figure.selectFirst("figcaption").text())
                .isEqualTo("Caption with <em>markup</em> & an ampersand Photo: Credit <img src=x onerror=alert(1)>");
        assertThat(figure.select("script, em, [onerror]")).isEmpty();
        assertThat(html).doesNotContain("<script>alert(1)");
    }

    @Test
    void readersAndVisitorsCannotSearchTheLibrary() {
        assertThat(data.anonymous().get("/admin/articles/photo-search?q=ferry").statusCode()).isIn(302, 401, 403);
        String email = data.withRoles("Reader", Role.MEMBER).email();
        WebSession reader = data.anonymous();
        reader.signIn(email, PASSWORD);
        assertThat(reader.get("/admin/articles/photo-search?q=ferry").statusCode()).isEqualTo(403);
    }

    private Photo upload(String caption, String credit, String alt) {
        return photos.upload(new PhotoUpload("ferry.jpg", TestImages.jpeg(1600, 1000), caption, credit, alt));
    }

    private WebSession staff(Role role) {
        String email = data.withRoles("Pat Search", role).email();
        WebSession session = data.anonymous();
        session.signIn(email, PASSWORD);
        return session;
    }
}
