package news.dateline.comment.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import news.dateline.comment.CommentStatus;

/**
 * Reads a Disqus XML export with StAX, one {@code <post>} at a time. The {@code <thread>} elements (which come
 * first in Disqus exports) are remembered by their dsq:id — one small entry per article, not per comment — so a
 * post's article can be named by its thread's identifier and link. The message HTML becomes plain text
 * ({@link DisqusHtml}); isSpam → REJECTED, isDeleted → DELETED, isApproved false → HELD, else PUBLISHED.
 * DTDs and external entities are refused.
 */
final class DisqusCommentReader implements LegacyCommentReader {

    private static final String DSQ = "http://disqus.com/disqus-internals";

    private final XMLStreamReader xml;
    private final Map<String, List<String>> threads = new HashMap<>();

    DisqusCommentReader(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            this.xml = factory.createXMLStreamReader(in);
            xml.nextTag();
            if (!xml.getLocalName().equals("disqus")) {
                throw new LegacyImportException("not a Disqus export: the root element is <" + xml.getLocalName()
                        + ">, expected <disqus>");
            }
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
    }

    @Override
    public LegacyRecord next() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("disqus")) {
                    return null;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                long line = xml.getLocation().getLineNumber();
                String name = xml.getLocalName();
                String dsqId = dsqId();
                Map<String, String> fields = children();
                if (name.equals("thread")) {
                    thread(dsqId, fields);
                } else if (name.equals("post")) {
                    return post(line, dsqId, fields);
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
    }

    private void thread(String dsqId, Map<String, String> fields) {
        List<String> keys = new ArrayList<>(2);
        for (String key : new String[] {fields.get("id"), fields.get("link")}) {
            if (RowFields.trimmed(key) != null) {
                keys.add(key.strip());
            }
        }
        if (dsqId != null) {
            threads.put(dsqId, List.copyOf(keys));
        }
    }

    private LegacyRecord post(long line, String id, Map<String, String> fields) {
        if (id == null) {
            return new RejectedRow(line, "post without a dsq:id");
        }
        List<String> keys = threads.get(fields.get("thread@id"));
        if (keys == null || keys.isEmpty()) {
            return new RejectedRow(line, "comment " + id + ": unknown article (thread " + fields.get("thread@id")
                    + " is not in the file)");
        }
        CommentStatus status = "true".equals(fields.get("isSpam")) ? CommentStatus.REJECTED
                : "true".equals(fields.get("isDeleted")) ? CommentStatus.DELETED
                : "false".equals(fields.get("isApproved")) ? CommentStatus.HELD : CommentStatus.PUBLISHED;
        String text = status == CommentStatus.DELETED ? "" : DisqusHtml.toText(fields.get("message"));
        if (text.isEmpty() && status != CommentStatus.DELETED) {
            return new RejectedRow(line, "comment " + id + ": missing text");
        }
        var created = RowFields.instant(fields.get("createdAt"));
        if (created == null) {
            return new RejectedRow(line, "comment " + id + ": bad date '" + fields.get("createdAt")
                    + "' (expected ISO 8601, like 2019-03-04T10:15:00Z)");
        }
        return new LegacyRow(line, id, keys, RowFields.trimmed(fields.get("parent@id")),
                RowFields.authorName(fields.get("author/name")), RowFields.email(fields.get("author/email")),
                text, created, 0, status);
    }

    /** The text of the current element's descendants by path ("author/name"), and dsq:id of direct children. */
    private Map<String, String> children() throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        StringBuilder path = new StringBuilder();
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth > 1) {
                    path.append('/');
                }
                path.append(xml.getLocalName());
                text.setLength(0);
                String ref = dsqId();
                if (ref != null) {
                    fields.put(path + "@id", ref);
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return fields;
                }
                fields.putIfAbsent(path.toString(), text.toString());
                text.setLength(0);
                int slash = path.lastIndexOf("/");
                path.setLength(Math.max(slash, 0));
                depth--;
            }
        }
    }

    private String dsqId() {
        String id = xml.getAttributeValue(DSQ, "id");
        return RowFields.trimmed(id);
    }

    private static LegacyImportException unreadable(XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
        return new LegacyImportException("the XML file cannot be read" + where + ": " + e.getMessage());
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
