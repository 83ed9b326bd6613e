package news.dateline.article.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.PageFrame;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The article page rendered once per node for every reader who would get the same bytes but for their name in the
 * masthead and their CSRF token: the same published page (article version), what the reader may read (the whole
 * text or the wall, the meter line, whether they may give it), whether they saved it, the frame's shared part
 * (signed in or not, staff links, sections), the comment section's version and the live coverage's. The rendering is kept as UTF-8
 * segments with the name and the token cut out, and each reader's page is written from them; the template runs
 * once per variant instead of on every view. Text is only ever added to what a reader's own variant holds, so the
 * wall's readers still never receive the text it withholds. {@link ArticlePageController} decides when a page may
 * be served this way (not for a personal comment section or a one-off notice).
 */
@Component
class SharedArticlePages {

    private final String nameStandIn = "dlName" + Long.toHexString(new SecureRandom().nextLong());
    private final String tokenStandIn = "dlToken" + Long.toHexString(new SecureRandom().nextLong());
    private final TemplateEngine templates;
    private final PageFrame frame;
    // bounded by bytes: a variant is the size of its page (10–30 KB), a busy article has a few dozen variants
    private final Cache<Key, Spliced> pages = Caffeine.newBuilder().recordStats()
            .maximumWeight(64L << 20).weigher((Key key, Spliced page) -> page.fixedLength())
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    SharedArticlePages(TemplateEngine templates, PageFrame frame, MeterRegistry metrics) {
        CaffeineCacheMetrics.monitor(metrics, pages, "article.pages");
        this.templates = templates;
        this.frame = frame;
    }

    /** What the reader's token is replaced by in renderings (and in the shared comment section). */
    String tokenStandIn() {
        return tokenStandIn;
    }

    /**
     * @param page     the cached published page: compared by identity, since a new one means new content
     * @param comments the comment section's version ({@link news.dateline.article.ArticleComments.Section})
     * @param live     the live coverage's version ({@link news.dateline.article.LiveCoverage.Coverage})
     * @param mostRead the most-read list's version ({@link news.dateline.article.MostReadLists.MostRead})
     */
    record Key(Same page, ReaderAccess access, boolean saved, Object frame, long comments, long live, long mostRead) {
    }

    /** A reference compared by identity: a new object is a new version, and deep equality would cost a render. */
    record Same(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    Key key(PublishedPage page, ReaderAccess access, boolean saved, Object chrome, long comments, long live,
            long mostRead) {
        return new Key(new Same(page), access, saved, frame.sharedPart(chrome), comments, live, mostRead);
    }

    /**
     * The shared rendering for this key, rendered first if this node has not yet.
     *
     * @param view the page as this reader sees it, with the comment section holding {@link #tokenStandIn}
     * @param tag  the page's validator (ETag), built with the rendering and kept with it: everything it is made of
     *             is part of the key, so it is the same for as long as the rendering is (it was built per request)
     */
    Spliced rendering(Key key, Supplier<ArticleView> view, Object chrome, Supplier<String> tag) {
        return pages.get(key, k -> render(view.get(), chrome).withTag(tag.get()));
    }

    /**
     * Writes the reader's page from its rendering.
     *
     * @param name  the signed-in reader's name, or null
     * @param token the reader's CSRF token, or null for an anonymous reader
     */
    void write(Spliced spliced, String name, String token, HttpServletResponse response) throws IOException {
        byte[] nameBytes = name == null ? new byte[0] : escaped(name).getBytes(StandardCharsets.UTF_8);
        byte[] tokenBytes = token == null ? new byte[0] : escaped(token).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(spliced.length(nameBytes.length, tokenBytes.length));
        spliced.writeTo(response.getOutputStream(), nameBytes, tokenBytes);
    }

    /**
     * The text escaped for HTML, as {@link HtmlUtils#htmlEscape} does; most names and every token (URL-safe Base64)
     * are plain ASCII with nothing to escape, and Spring's escaper looked every character up on every view (JFR).
     */
    static String escaped(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                return HtmlUtils.htmlEscape(text); // as before, named references for accented letters included
            }
        }
        return text;
    }

    private Spliced render(ArticleView view, Object chrome) {
        StringOutput out = new StringOutput();
        templates.render("article/article.jte", Map.of("chrome", frame.withStandIns(chrome, nameStandIn, tokenStandIn),
                "meta", view.meta(), "article", view), out);
        return Spliced.of(out.toString(), nameStandIn, tokenStandIn);
    }

    /** A page cut into UTF-8 segments, each followed by the reader's name, their token, or nothing (the last). */
    record Spliced(byte[][] segments, byte[] slots, int fixedLength, int names, int tokens, String tag) {

        static final byte NAME = 1;
        static final byte TOKEN = 2;

        static Spliced of(String html, String name, String token) {
            List<byte[]> segments = new ArrayList<>();
            List<Byte> slots = new ArrayList<>();
            int from = 0;
            int names = 0;
            int tokens = 0;
            while (true) {
                int atName = html.indexOf(name, from);
                int atToken = html.indexOf(token, from);
                int at = atName < 0 ? atToken : atToken < 0 ? atName : Math.min(atName, atToken);
                if (at < 0) {
                    segments.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
                    break;
                }
                segments.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
                boolean isName = at == atName;
                slots.add(isName ? NAME : TOKEN);
                names += isName ? 1 : 0;
                tokens += isName ? 0 : 1;
                from = at + (isName ? name.length() : token.length());
            }
            byte[] slotArray = new byte[slots.size()];
            for (int i = 0; i < slotArray.length; i++) {
                slotArray[i] = slots.get(i);
            }
            int fixed = segments.stream().mapToInt(s -> s.length).sum();
            return new Spliced(segments.toArray(byte[][]::new), slotArray, fixed, names, tokens, null);
        }

        Spliced withTag(String validator) {
            return new Spliced(segments, slots, fixedLength, names, tokens, validator);
        }

        int length(int nameLength, int tokenLength) {
            return fixedLength + names * nameLength + tokens * tokenLength;
        }

        /**
         * Writes the page in one piece: each write passes through Spring Session's and Spring Security's response
         * wrappers, which count every call's bytes, so a page with a dozen slots cost a dozen trips (JFR).
         */
        void writeTo(OutputStream out, byte[] name, byte[] token) throws IOException {
            if (slots.length == 0) {
                out.write(segments[0]);
                return;
            }
            byte[] page = new byte[length(name.length, token.length)];
            int at = 0;
            for (int i = 0; i < segments.length; i++) {
                System.arraycopy(segments[i], 0, page, at, segments[i].length);
                at += segments[i].length;
                if (i < slots.length) {
                    byte[] slot = slots[i] == NAME ? name : token;
                    System.arraycopy(slot, 0, page, at, slot.length);
                    at += slot.length;
                }
            }
            out.write(page);
        }
    }
}
