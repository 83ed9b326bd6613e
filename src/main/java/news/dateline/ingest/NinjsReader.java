package news.dateline.ingest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import news.dateline.ingest.ParsedArticle.BodyBlock;
import news.dateline.ingest.ParsedArticle.Paragraph;
import news.dateline.ingest.ParsedArticle.ParsedPhoto;
import news.dateline.ingest.ParsedArticle.Subheading;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads IPTC ninjs (3.x, and the 1.x/2.x shapes wire services still send) into a {@link ParsedArticle}. The HTML
 * body is split with jsoup into paragraphs and subheadings. Sibling of {@link PlainTextPageParser}; the inverse of
 * {@link NinjsWriter}.
 */
final class NinjsReader {

    private final JsonMapper json = JsonMapper.builder().build();

    ParsedArticle read(String fileName, String content) throws ImportException {
        JsonNode root = tree(fileName, content);
        if (!root.isObject()) {
            throw new ImportException(fileName + ": expected a ninjs JSON object, found " + root.getNodeType());
        }
        String headline = headline(root, "main");
        if (headline == null) {
            throw new ImportException(fileName + ": missing field 'headlines' (a headline with role 'main')");
        }
        OffsetDateTime firstCreated = time(fileName, root, "firstCreated");
        OffsetDateTime versionCreated = time(fileName, root, "versionCreated");
        if (firstCreated == null && versionCreated == null) {
            throw new ImportException(fileName + ": missing field 'firstCreated' (and no 'versionCreated')");
        }
        firstCreated = firstCreated != null ? firstCreated : versionCreated;
        versionCreated = versionCreated != null ? versionCreated : firstCreated;
        String uri = text(root, "uri");
        return new ParsedArticle(headline, headline(root, "sub"), firstCreated, versionCreated,
                text(root, "located"), text(root, "by"), agencies(root), body(root), photos(root), tags(root),
                uri != null ? SourceKeys.ofNinjsUri(uri) : SourceKeys.derived(headline, firstCreated));
    }

    private JsonNode tree(String fileName, String content) throws ImportException {
        try {
            return json.readTree(content);
        } catch (JacksonException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ImportException(fileName + where + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** ninjs 1.x had a single "headline" string; later versions a "headlines" array with roles. */
    private static String headline(JsonNode root, String role) {
        for (JsonNode headline : root.path("headlines")) {
            if (role.equals(headline.path("role").asString(null)) || role.equals("main") && !headline.has("role")) {
                return nonBlank(headline.path("value").asString(null));
            }
        }
        return role.equals("main") ? text(root, "headline") : null;
    }

    private static OffsetDateTime time(String fileName, JsonNode root, String field) throws ImportException {
        String value = text(root, field);
        try {
            return value == null ? null : OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new ImportException(fileName + ": field '" + field + "' is not a date and time with offset: '"
                    + value + "'");
        }
    }

    private static List<String> agencies(JsonNode root) {
        List<String> agencies = new ArrayList<>();
        for (JsonNode source : root.path("infoSources")) {
            // ninjs 3 recommends a role URI; older feeds use the bare name
            if (source.path("role").asString("").endsWith("originatingSource") && text(source, "name") != null) {
                agencies.add(text(source, "name"));
            }
        }
        return agencies;
    }

    private static List<BodyBlock> body(JsonNode root) {
        JsonNode main = null;
        for (JsonNode body : root.path("bodies")) {
            if (main == null || "main".equals(body.path("role").asString(null))) {
                main = body;
            }
        }
        if (main == null) {
            return List.of();
        }
        String value = main.path("value").asString("");
        return main.path("contentType").asString("").contains("html") ? htmlBlocks(value) : plainBlocks(value);
    }

    private static List<BodyBlock> htmlBlocks(String html) {
        List<BodyBlock> blocks = new ArrayList<>();
        for (Element element : Jsoup.parseBodyFragment(html).body().select("p, h2, h3, h4")) {
            String text = element.text();
            if (!text.isEmpty()) {
                blocks.add(element.normalName().equals("p") ? new Paragraph(text) : new Subheading(text));
            }
        }
        return blocks;
    }

    private static List<BodyBlock> plainBlocks(String text) {
        List<BodyBlock> blocks = new ArrayList<>();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                blocks.add(new Paragraph(paragraph.strip().replaceAll("\\s+", " ")));
            }
        }
        return blocks;
    }

    private static List<ParsedPhoto> photos(JsonNode root) {
        // ninjs 3 lists associations in an array; 1.x and 2.x keyed them by name in an object
        Collection<JsonNode> associations = root.path("associations").values();
        List<ParsedPhoto> photos = new ArrayList<>();
        for (JsonNode association : associations) {
            if ("picture".equals(association.path("type").asString(null))) {
                photos.add(new ParsedPhoto(caption(association), text(association, "by"), href(association)));
            }
        }
        return photos;
    }

    private static String caption(JsonNode association) {
        String first = null;
        for (JsonNode description : association.path("descriptions")) {
            String value = text(description, "value");
            if ("caption".equals(description.path("role").asString(null))) {
                return value;
            }
            first = first != null ? first : value;
        }
        return first != null ? first : text(association, "description_text");
    }

    private static String href(JsonNode association) {
        for (JsonNode rendition : association.path("renditions").values()) {
            if (text(rendition, "href") != null) {
                return text(rendition, "href");
            }
        }
        return null;
    }

    private static List<String> tags(JsonNode root) {
        List<String> tags = new ArrayList<>();
        for (JsonNode subject : root.path("subjects")) {
            if (text(subject, "name") != null) {
                tags.add(text(subject, "name"));
            }
        }
        return tags;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? nonBlank(value.stringValue()) : null;
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
