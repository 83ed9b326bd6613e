package news.dateline.comment.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV export (UTF-8, a header row naming the {@link RowFields#COLUMNS} in any order) one record at a
 * time with Apache Commons CSV. A row with more or fewer fields than the header is rejected, not guessed at, and so
 * is a row with bytes that are not UTF-8 ({@link StrictUtf8Reader}): nothing is stored with replacement characters.
 */
final class CsvCommentReader implements LegacyCommentReader {

    private final StrictUtf8Reader utf8;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private long nextLine;

    CsvCommentReader(InputStream in) throws IOException {
        this.utf8 = new StrictUtf8Reader(in);
        this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(utf8);
        this.records = parser.iterator();
        if (!records.hasNext()) {
            throw new LegacyImportException("the CSV file is empty: expected a header row with "
                    + String.join(",", RowFields.COLUMNS));
        }
        CSVRecord header = records.next();
        StrictUtf8Reader.Malformed badHeader = utf8.takeMalformedUpTo(parser.getCurrentLineNumber());
        if (badHeader != null) {
            throw new LegacyImportException("the CSV header is not UTF-8 " + where(badHeader)
                    + "; save the export as UTF-8 and import it again");
        }
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip(), i);
        }
        List<String> missing = RowFields.COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!columns.containsKey("id") || !columns.containsKey("article") || !columns.containsKey("text")) {
            throw new LegacyImportException("the CSV header lacks " + String.join(", ", missing)
                    + ": expected " + String.join(",", RowFields.COLUMNS));
        }
        this.nextLine = parser.getCurrentLineNumber() + 1;
    }

    @Override
    public LegacyRecord next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            long line = nextLine;
            CSVRecord record = records.next();
            long lastLine = parser.getCurrentLineNumber();
            nextLine = lastLine + 1;
            StrictUtf8Reader.Malformed bad = utf8.takeMalformedUpTo(isLast() ? Long.MAX_VALUE : lastLine);
            if (bad != null) {
                return new RejectedRow(line, "not UTF-8 " + where(bad)
                        + "; the row was not imported: save the export as UTF-8 and import it again");
            }
            if (record.size() != columns.size()) {
                return new RejectedRow(line, "ragged row: " + record.size() + " fields where the header has "
                        + columns.size());
            }
            return RowFields.row(line, name -> {
                Integer at = columns.get(name);
                return at == null ? null : record.get(at);
            });
        } catch (UncheckedIOException e) {
            // Commons CSV reports a broken quote this way; nothing after it can be read reliably
            throw new LegacyImportException("the CSV file cannot be read after line " + nextLine + ": "
                    + e.getCause().getMessage());
        }
    }

    /**
     * The last record may end without a line break (its line is then not counted yet), so it owns whatever
     * malformed bytes are left. Looking ahead reads the next record, so it is done only when it matters, and a
     * next record that cannot be read is left for the next call to report.
     */
    private boolean isLast() {
        if (!utf8.hasMalformed()) {
            return false;
        }
        try {
            return !records.hasNext();
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private static String where(StrictUtf8Reader.Malformed bad) {
        return "(byte 0x%02X on line %d)".formatted(bad.firstByte(), bad.line());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
