package news.dateline.ingest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import news.dateline.ingest.ParsedArticle.BodyBlock;
import news.dateline.ingest.ParsedArticle.Paragraph;
import news.dateline.ingest.ParsedArticle.ParsedPhoto;
import news.dateline.ingest.ParsedArticle.Subheading;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link ParsedArticle} as IPTC ninjs 3.0 JSON, pretty printed: what {@code import --dry-run} shows, and
 * what {@link NinjsReader} reads back to the same article. A photo known only by its caption is a picture
 * association without renditions, flagged {@value #MISSING_IMAGE} so that nobody goes looking for its file.
 */
final class NinjsWriter {

    static final String SCHEMA = "https://www.iptc.org/std/ninjs/ninjs-schema_3.0.json";
    static final String MISSING_IMAGE = "x-dateline-missingImage";

    private final JsonMapper json = JsonMapper.builder().build();

    String write(ParsedArticle article) {
        ObjectNode root = json.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("uri", SourceKeys.toNinjsUri(article.sourceKey()));
        root.put("type", "text");
        root.put("language", "en");
        root.put("firstCreated", timestamp(article.firstCreated()));
        root.put("versionCreated", timestamp(article.versionCreated()));
        ArrayNode headlines = root.putArray("headlines");
        headlines.addObject().put("role", "main").put("value", article.headline());
        if (article.standfirst() != null) {
            headlines.addObject().put("role", "sub").put("value", article.standfirst());
        }
        putIfPresent(root, "located", article.located());
        putIfPresent(root, "by", article.byline());
        ArrayNode sources = root.putArray("infoSources");
        article.agencies().forEach(agency -> sources.addObject().put("name", agency).put("role", "originatingSource"));
        root.putArray("bodies").addObject()
                .put("role", "main").put("contentType", "text/html").put("value", html(article));
        ArrayNode associations = root.putArray("associations");
        for (int i = 0; i < article.photos().size(); i++) {
            associations.add(picture(article.photos().get(i), i + 1));
        }
        ArrayNode subjects = root.putArray("subjects");
        article.tags().forEach(tag -> subjects.addObject().put("name", tag));
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private ObjectNode picture(ParsedPhoto photo, int number) {
        ObjectNode picture = json.createObjectNode();
        picture.put("name", "picture" + number);
        picture.put("type", "picture");
        if (photo.caption() != null) {
            picture.putArray("descriptions").addObject().put("role", "caption").put("value", photo.caption());
        }
        putIfPresent(picture, "by", photo.credit());
        if (photo.href() != null) {
            picture.putArray("renditions").addObject().put("name", "original").put("href", photo.href());
        } else {
            picture.put(MISSING_IMAGE, true);
        }
        return picture;
    }

    static String html(ParsedArticle article) {
        StringBuilder html = new StringBuilder();
        for (BodyBlock block : article.body()) {
            String tag = switch (block) {
                case Paragraph p -> "p";
                case Subheading s -> "h2";
            };
            html.append('<').append(tag).append('>').append(escape(block.text())).append("</").append(tag)
                    .append(">\n");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Always with seconds and offset ("2016-12-12T22:30:00+05:30"), as ninjs readers expect. */
    static String timestamp(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
