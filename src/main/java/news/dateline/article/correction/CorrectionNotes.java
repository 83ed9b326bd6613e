package news.dateline.article.correction;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import news.dateline.article.DateLineFormat;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/** The notes readers see, dated in the site's zone: for the article page, feeds, the API and /corrections. */
@Component
public class CorrectionNotes {

    private final Corrections corrections;
    private final DateLineFormat format;
    private final Words words;

    CorrectionNotes(Corrections corrections, SiteProperties site, Words words) {
        this.corrections = corrections;
        this.words = words;
        this.format = DateLineFormat.forReaders(words, site.zoneLabel());
    }

    public List<CorrectionNote> on(long articleId) {
        return corrections.shown(articleId).stream().map(this::note).toList();
    }

    public Map<Long, List<CorrectionNote>> on(Collection<Long> articleIds) {
        return corrections.shown(articleIds).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(this::note).toList()));
    }

    public CorrectionNote note(Correction c) {
        return new CorrectionNote(label(c.kind()), format.date(c.createdAt()),
                c.createdAt().truncatedTo(ChronoUnit.SECONDS).toString(), c.text());
    }

    /** How the note starts on the page: "Correction" or "Clarification". */
    private String label(CorrectionKind kind) {
        return switch (kind) {
            case CORRECTION -> words.get("corrections.kind.correction");
            case CLARIFICATION -> words.get("corrections.kind.clarification");
        };
    }

    static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
