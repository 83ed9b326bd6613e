package news.dateline.comment.legacy;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Finds the current article for an export's article keys: an explicit mapping row for any key wins; failing that,
 * a key that is a URL or path ending in {@code /article{id}} (every article's path does) of an existing article.
 * Bare numbers are never taken as current ids (the earlier platform numbered its articles differently). Answers
 * are cached for one import run (a million comments name far fewer articles).
 */
final class ArticleMatcher {

    private static final Pattern ARTICLE_PATH = Pattern.compile("/article(\\d{1,18})/?$");

    private final LegacyArticleRepository repository;
    private final LongPredicate articleExists;
    private final Cache<String, Optional<Long>> cache = Caffeine.newBuilder().maximumSize(50_000).build();

    ArticleMatcher(LegacyArticleRepository repository, LongPredicate articleExists) {
        this.repository = repository;
        this.articleExists = articleExists;
    }

    Optional<Long> match(List<String> keys) {
        for (String key : keys) {
            Optional<Long> mapped = cache.get("m:" + key, k -> repository.mapped(key));
            if (mapped.isPresent()) {
                return mapped;
            }
        }
        for (String key : keys) {
            OptionalLong id = idInPath(key);
            if (id.isPresent()) {
                Optional<Long> found = cache.get("a:" + id.getAsLong(), k -> articleExists.test(id.getAsLong())
                        ? Optional.of(id.getAsLong()) : Optional.empty());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** The article id at the end of a URL's or path's path, ignoring any query or fragment. */
    static OptionalLong idInPath(String key) {
        String path = key;
        try {
            if (key.contains("://")) {
                path = URI.create(key.strip()).getPath();
            }
        } catch (IllegalArgumentException e) {
            // not a URL: try it as a path
        }
        if (path == null) {
            return OptionalLong.empty();
        }
        int cut = path.indexOf('?');
        path = cut >= 0 ? path.substring(0, cut) : path;
        cut = path.indexOf('#');
        path = cut >= 0 ? path.substring(0, cut) : path;
        Matcher m = ARTICLE_PATH.matcher(path);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
