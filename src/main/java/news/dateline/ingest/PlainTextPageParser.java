package news.dateline.ingest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dateline.ingest.PageDates.DateLine;
import news.dateline.ingest.ParsedArticle.BodyBlock;
import news.dateline.ingest.ParsedArticle.Paragraph;
import news.dateline.ingest.ParsedArticle.ParsedPhoto;
import news.dateline.ingest.ParsedArticle.Subheading;

/**
 * Reads a news page scraped as plain text (one paragraph a line, blank lines between) into a {@link ParsedArticle}.
 * The page is read by kinds of lines: the first line is the headline, then an optional standfirst and byline around
 * the date line ({@link PageDates}), then captions, subheadings and paragraphs, closed by a wire credit
 * ({@link AgencyCredit}); the site's own furniture ({@link SiteFurniture}) is dropped and ends the article.
 * Siblings: {@link NinjsReader} for ninjs, {@link ArticleFileParser} chooses between them.
 */
final class PlainTextPageParser {

    /** {@code Caption text. | Photo Credit: NAME}; the credit may also stand alone on the next line. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("^(.*?)\\s*\\|?\\s*Photo Credit\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATED_TOPICS = Pattern.compile("^related topics\\s*:?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("^by\\s+(.+)$", Pattern.CASE_INSENSITIVE);
    /** Words that may be lower case inside a name: "Staff Reporter and Agencies", "Sofia de la Cruz". */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*|and|&|de|la|van|von|der|bin|al");
    private static final Pattern FINISHED = Pattern.compile(".*[.!?,;:\"”’')…]$");

    private record Line(int number, String text) {
    }

    /** Header fields found while reading; the body is collected separately. */
    private static final class Header {
        String standfirst;
        String byline;
        final List<DateLine> dates = new ArrayList<>();
    }

    ParsedArticle parse(String fileName, String content) throws ImportException {
        List<Line> all = lines(content);
        if (all.isEmpty()) {
            throw new ImportException(fileName + ": file is empty");
        }
        List<String> tags = relatedTopics(all);
        List<Line> lines = articleLines(all);
        if (lines.isEmpty() || PageDates.match(lines.getFirst().text(), where(fileName, lines.getFirst())) != null) {
            int number = lines.isEmpty() ? all.getFirst().number() : lines.getFirst().number();
            throw new ImportException(fileName + " line " + number + ": no headline found before the date line");
        }
        Line headline = lines.getFirst();
        int dateIndex = firstDateLine(fileName, lines);
        if (dateIndex < 0) {
            throw new ImportException(fileName + ": no date line found after the headline on line "
                    + headline.number() + " (expected e.g. 'December 12, 2016 10:30 pm | Updated 10:30 pm IST"
                    + " - CITY:' or 'Published - July 09, 2024 08:15 am IST')");
        }
        Header header = new Header();
        List<Line> bodyLines = new ArrayList<>(readHeaderLines(lines.subList(1, dateIndex), header));
        bodyLines.addAll(lines.subList(dateIndex, lines.size()));
        List<ParsedPhoto> photos = new ArrayList<>();
        List<BodyBlock> body = new ArrayList<>();
        readBody(fileName, bodyLines, header, photos, body);
        List<String> agencies = takeAgencyCredit(body);
        return assemble(headline.text(), header, agencies, body, photos, tags);
    }

    /** Normalises whitespace (pages carry no-break and zero-width spaces) and drops blank lines. */
    private static List<Line> lines(String content) {
        String[] raw = content.replace("\uFEFF", "").split("\\R", -1);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i].replaceAll("[\\s\\u00A0\\u200B]+", " ").strip();
            if (!text.isEmpty()) {
                lines.add(new Line(i + 1, text));
            }
        }
        return lines;
    }

    private static List<String> relatedTopics(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher label = RELATED_TOPICS.matcher(lines.get(i).text());
            if (label.matches()) {
                String topics = !label.group(1).isEmpty() ? label.group(1)
                        : i + 1 < lines.size() ? lines.get(i + 1).text() : "";
                return java.util.Arrays.stream(topics.split("/")).map(String::strip).filter(t -> !t.isEmpty())
                        .toList();
            }
        }
        return List.of();
    }

    /** The lines up to the first furniture that ends the article, without furniture in between. */
    private static List<Line> articleLines(List<Line> all) {
        List<Line> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String text = all.get(i).text();
            if (SiteFurniture.endsArticle(text)) {
                break;
            }
            if (SiteFurniture.introducesTeaser(text)) {
                i++; // the teaser's headline belongs to another story
            } else if (!SiteFurniture.isNoise(text)) {
                kept.add(all.get(i));
            }
        }
        return kept;
    }

    private static int firstDateLine(String fileName, List<Line> lines) throws ImportException {
        for (int i = 1; i < lines.size(); i++) {
            if (PageDates.match(lines.get(i).text(), where(fileName, lines.get(i))) != null) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Lines between headline and date line: a standfirst and perhaps a byline. More than two means the date sits
     * at the foot of the page, so they are all body.
     *
     * @return the lines that belong to the body after all
     */
    private static List<Line> readHeaderLines(List<Line> between, Header header) {
        if (between.size() > 2) {
            return between;
        }
        List<Line> rest = new ArrayList<>();
        for (Line line : between) {
            boolean explicitBy = BY.matcher(line.text()).matches();
            if (header.byline == null && (explicitBy || header.standfirst != null && looksLikeByline(line.text()))) {
                header.byline = byline(line.text());
            } else if (header.standfirst == null) {
                header.standfirst = line.text();
            } else {
                rest.add(line);
            }
        }
        return rest;
    }

    private static void readBody(String fileName, List<Line> lines, Header header, List<ParsedPhoto> photos,
            List<BodyBlock> body) throws ImportException {
        boolean bylineMayFollow = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            DateLine date = PageDates.match(text, where(fileName, lines.get(i)));
            if (date != null) {
                header.dates.add(date);
                bylineMayFollow = body.isEmpty();
                continue;
            }
            Matcher creditOnly = PHOTO_CREDIT.matcher(text);
            if (creditOnly.matches() && creditOnly.group(1).isEmpty() && !photos.isEmpty()
                    && photos.getLast().credit() == null) {
                photos.set(photos.size() - 1, new ParsedPhoto(photos.getLast().caption(), creditOnly.group(2), null));
                continue;
            }
            String next = i + 1 < lines.size() ? lines.get(i + 1).text() : null;
            ParsedPhoto photo = caption(text, next);
            if (photo != null) {
                photos.add(photo);
                i += next != null && captionPart(next).equals(captionPart(text)) ? 1 : 0;
                continue;
            }
            if (bylineMayFollow && header.byline == null && looksLikeByline(text)) {
                header.byline = byline(text);
                continue;
            }
            bylineMayFollow = false;
            body.add(new Paragraph(text));
        }
        markSubheadings(body);
    }

    /** A caption is printed twice in a row (image alt text, then caption), or carries a photo credit. */
    private static ParsedPhoto caption(String line, String next) {
        Matcher credited = PHOTO_CREDIT.matcher(line);
        boolean twice = next != null && captionPart(next).equals(captionPart(line));
        if (!twice && !(credited.matches() && !credited.group(1).isEmpty())) {
            return null;
        }
        String credit = credit(line);
        if (credit == null && twice) {
            credit = credit(next);
        }
        return new ParsedPhoto(captionPart(line), credit, null);
    }

    private static String captionPart(String line) {
        Matcher credited = PHOTO_CREDIT.matcher(line);
        return credited.matches() ? credited.group(1) : line;
    }

    private static String credit(String line) {
        Matcher credited = PHOTO_CREDIT.matcher(line);
        return credited.matches() ? credited.group(2).strip() : null;
    }

    /** Short lines without final punctuation between two other blocks are subheadings. */
    private static void markSubheadings(List<BodyBlock> body) {
        for (int i = 1; i < body.size() - 1; i++) {
            String text = body.get(i).text();
            if (text.length() <= 70 && text.split(" ").length <= 8 && !FINISHED.matcher(text).matches()) {
                body.set(i, new Subheading(text));
            }
        }
    }

    private static List<String> takeAgencyCredit(List<BodyBlock> body) {
        if (body.isEmpty() || !(body.getLast() instanceof Paragraph last)) {
            return List.of();
        }
        AgencyCredit.Split split = AgencyCredit.split(last.text());
        if (split == null) {
            return List.of();
        }
        body.removeLast();
        if (!split.rest().isEmpty()) {
            body.add(new Paragraph(split.rest()));
        }
        return split.agencies();
    }

    /** Names are short, unfinished and capitalised: "Special Correspondent", "Suhasini Haidar", "By John Smith". */
    static boolean looksLikeByline(String line) {
        Matcher by = BY.matcher(line);
        String name = by.matches() ? by.group(1) : line;
        String[] words = name.split(" ");
        return name.length() <= 60 && words.length <= 6 && !name.matches(".*\\d.*")
                && !FINISHED.matcher(name).matches()
                && java.util.Arrays.stream(words).allMatch(w -> NAME_WORD.matcher(w).matches())
                && NAME_WORD.matcher(words[0]).matches() && Character.isUpperCase(words[0].charAt(0));
    }

    /** The site prints "By" itself, so the byline keeps only the names. */
    private static String byline(String line) {
        Matcher by = BY.matcher(line);
        return by.matches() ? by.group(1).strip() : line;
    }

    private static ParsedArticle assemble(String headline, Header header, List<String> agencies,
            List<BodyBlock> body, List<ParsedPhoto> photos, List<String> tags) {
        OffsetDateTime published = null;
        OffsetDateTime updated = null;
        String located = null;
        for (DateLine date : header.dates) {
            if (published == null && date.published() != null) {
                published = date.published();
            }
            if (date.updated() != null && (updated == null || date.updated().isAfter(updated))) {
                updated = date.updated();
            }
            located = located != null ? located : date.city();
        }
        // A page that shows only an Updated line was first published then, as far as we can know.
        published = published != null ? published : updated;
        updated = updated != null ? updated : published;
        return new ParsedArticle(headline, header.standfirst, published, updated, located, header.byline, agencies,
                body, photos, tags, SourceKeys.derived(headline, published));
    }

    private static String where(String fileName, Line line) {
        return fileName + " line " + line.number();
    }
}
