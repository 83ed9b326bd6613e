package news.dateline.comment.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * time with Apache Commons CSV. A row with more or fewer fields than the header is rejected, not guessed at.
 */
final class CsvCommentReader implements LegacyCommentReader {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private long nextLine;

    CsvCommentReader(InputStream in) throws IOException {
        this.parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.records = parser.iterator();
        if (!records.hasNext()) {
            throw new LegacyImportException("the CSV file is empty: expected a header row with "
                    + String.join(",", RowFields.COLUMNS));
        }
        CSVRecord header = records.next();
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
            nextLine = parser.getCurrentLineNumber() + 1;
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

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
