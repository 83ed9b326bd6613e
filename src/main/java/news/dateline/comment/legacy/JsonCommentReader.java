package news.dateline.comment.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a JSON export — an array of objects with the {@link RowFields#COLUMNS} as keys — one object at a time
 * with Jackson's streaming parser. Values may be strings, numbers or null; a nested value is rejected.
 */
final class JsonCommentReader implements LegacyCommentReader {

    private final JsonParser parser;

    JsonCommentReader(InputStream in) {
        try {
            this.parser = new JsonFactory().createParser(in);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new LegacyImportException("the JSON file is not an array of comments: expected [ {\"id\": …}, … ]");
            }
        } catch (JacksonException e) {
            throw new LegacyImportException("the JSON file cannot be read: " + e.getOriginalMessage());
        }
    }

    @Override
    public LegacyRecord next() {
        try {
            JsonToken token = parser.nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                return null;
            }
            long line = parser.currentTokenLocation().getLineNr();
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return new RejectedRow(line, "not a comment object: " + token.asString());
            }
            Map<String, String> fields = new HashMap<>();
            String nested = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value.isStructStart()) {
                    parser.skipChildren();
                    nested = name;
                } else if (value != JsonToken.VALUE_NULL) {
                    fields.put(name, parser.getString());
                }
            }
            if (nested != null) {
                return new RejectedRow(line, "field '" + nested + "' is an object or array, expected text");
            }
            return RowFields.row(line, fields::get);
        } catch (JacksonException e) {
            throw new LegacyImportException("the JSON file cannot be read at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
