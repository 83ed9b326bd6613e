package news.dateline.live.blog;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import news.dateline.media.Photo;
import news.dateline.media.PhotoLibrary;
import news.dateline.site.SafeMarkdown;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;

/**
 * Entries as HTML, the same for the page and for the stream: {@code live/entry.jte} and {@code live/key-point.jte}.
 */
@Component
class EntryRenderer {

    private static final int SUMMARY = 140;

    private final TemplateEngine templates;
    private final PhotoLibrary photos;
    private final Words words;
    private final SiteProperties site;

    EntryRenderer(TemplateEngine templates, PhotoLibrary photos, Words words, SiteProperties site) {
        this.templates = templates;
        this.photos = photos;
        this.words = words;
        this.site = site;
    }

    List<EntryView> views(List<LiveEntry> entries) {
        Map<Long, Photo> found = photos.findAll(entries.stream().map(LiveEntry::photoId).filter(Objects::nonNull)
                .distinct().toList()).stream().collect(Collectors.toMap(Photo::id, Function.identity()));
        return entries.stream().map(e -> view(e, e.photoId() == null ? null : found.get(e.photoId()))).toList();
    }

    EntryView view(LiveEntry entry) {
        return views(List.of(entry)).getFirst();
    }

    String time(Instant at) {
        return words.dateTime(at) + " " + site.zoneLabel();
    }

    private EntryView view(LiveEntry e, Photo photo) {
        String html = SafeMarkdown.toHtml(e.body());
        String text = Jsoup.parseBodyFragment(html).text();
        String summary = text.length() <= SUMMARY ? text : text.substring(0, text.lastIndexOf(' ', SUMMARY) > 0
                ? text.lastIndexOf(' ', SUMMARY) : SUMMARY) + "…";
        return new EntryView(e.id(), time(e.postedAt()), DateTimeFormatter.ISO_INSTANT.format(e.postedAt()),
                e.updatedAt() != null, e.updatedAt() == null ? null : time(e.updatedAt()), html, summary, e.quote(),
                e.quoteSource(), e.linkUrl(), e.linkUrl() == null ? null : URI.create(e.linkUrl()).getHost(),
                photo == null || photo.missingImage() ? null : photo, e.pinned(), e.authorName());
    }

    String entryHtml(EntryView entry) {
        return render("live/entry.jte", Map.of("entry", entry, "words", words));
    }

    String keyPointHtml(EntryView entry) {
        return render("live/key-point.jte", Map.of("entry", entry));
    }

    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        return out.toString();
    }

    Words words() {
        return words;
    }
}
