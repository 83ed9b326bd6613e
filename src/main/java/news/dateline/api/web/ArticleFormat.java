package news.dateline.api.web;

import java.util.Comparator;

import news.dateline.api.InvalidApiRequestException;
import news.dateline.ingest.NinjsExport;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Which form of one article the caller asked for: {@code ?format=ninjs|json} wins over the Accept header, where
 * ninjs counts only when named ({@code *}{@code /*} gets JSON).
 */
final class ArticleFormat {

    private static final MediaType NINJS = MediaType.parseMediaType(NinjsExport.MEDIA_TYPE);

    private ArticleFormat() {
    }

    static boolean ninjs(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip()) {
                case "ninjs" -> true;
                case "json" -> false;
                default -> throw new InvalidApiRequestException("Invalid format '" + format + "': json or ninjs.");
            };
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            // the most wanted named type decides; a stable sort keeps the caller's order among equal qualities
            return MediaType.parseMediaTypes(accept).stream()
                    .filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
                    .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                    .findFirst().map(type -> type.equalsTypeAndSubtype(NINJS)).orElse(false);
        } catch (InvalidMediaTypeException e) {
            throw new InvalidApiRequestException("Invalid Accept header '" + accept + "'.");
        }
    }
}
