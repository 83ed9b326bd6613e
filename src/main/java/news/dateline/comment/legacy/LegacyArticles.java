package news.dateline.comment.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import news.dateline.article.ArticleQueries;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's mapping of the earlier platform's article ids and URLs to current articles: one at a time, or a
 * CSV of {@code legacy_key,article_id_or_url} rows (a header row with those names is optional).
 */
@Service
public class LegacyArticles {

    private final LegacyArticleRepository repository;
    private final ArticleQueries articles;
    private final Clock clock;

    LegacyArticles(LegacyArticleRepository repository, ArticleQueries articles, Clock clock) {
        this.repository = repository;
        this.articles = articles;
        this.clock = clock;
    }

    public record MappingPage(List<LegacyArticle> rows, long total) {
    }

    /** Counts of a mapping CSV upload, and its rows that were not taken (line: reason). */
    public record CsvResult(int added, int changed, List<String> problems) {
    }

    public MappingPage page(int limit, int offset) {
        return new MappingPage(repository.page(limit, offset), repository.count());
    }

    /** @return a problem to show, or null when the mapping was stored */
    @Transactional
    public String put(String legacyKey, String articleIdOrUrl) {
        String key = RowFields.trimmed(legacyKey);
        if (key == null) {
            return "Enter the earlier platform's article id or URL.";
        }
        OptionalLong article = articleId(articleIdOrUrl);
        if (article.isEmpty() || !articles.exists(article.getAsLong())) {
            return "No article " + (articleIdOrUrl == null ? "" : articleIdOrUrl.strip())
                    + ": give a current article's id or its address (ending in /article{id}).";
        }
        repository.put(key, article.getAsLong(), clock.instant());
        return null;
    }

    public boolean remove(String legacyKey) {
        return repository.remove(legacyKey);
    }

    @Transactional
    public CsvResult importCsv(InputStream in) {
        int added = 0, changed = 0;
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get()
                .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            long line = 1;
            for (CSVRecord record : parser) {
                long at = line;
                line = parser.getCurrentLineNumber() + 1;
                if (at == 1 && record.size() > 0 && record.get(0).strip().replace("\uFEFF", "").equals("legacy_key")) {
                    continue;
                }
                if (record.size() != 2) {
                    problems.add("line " + at + ": " + record.size() + " fields, expected legacy_key,article_id_or_url");
                    continue;
                }
                OptionalLong article = articleId(record.get(1));
                String key = RowFields.trimmed(record.get(0));
                if (key == null || article.isEmpty() || !articles.exists(article.getAsLong())) {
                    problems.add("line " + at + ": " + (key == null ? "no legacy key" : "no article " + record.get(1)));
                    continue;
                }
                if (repository.put(key, article.getAsLong(), clock.instant())) {
                    added++;
                } else {
                    changed++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            problems.add("the file cannot be read: " + e.getCause().getMessage());
        }
        return new CsvResult(added, changed, problems);
    }

    /** A current article id, as digits or as the end of its address. */
    static OptionalLong articleId(String idOrUrl) {
        String s = RowFields.trimmed(idOrUrl);
        if (s == null) {
            return OptionalLong.empty();
        }
        if (s.matches("\\d{1,18}")) {
            return OptionalLong.of(Long.parseLong(s));
        }
        return ArticleMatcher.idInPath(s);
    }
}
