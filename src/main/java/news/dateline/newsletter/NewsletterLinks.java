package news.dateline.newsletter;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import news.dateline.database.SharedSecrets;
import news.dateline.database.Signer;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * The signed links in newsletter mail: manage every subscription of one address, unsubscribe from one newsletter in
 * one click (RFC 8058), and confirm an address. Each token names the subscriber and is signed together with the
 * lower-cased address, so it cannot be forged, cannot be turned into another subscriber's, and stops working if
 * the row is given to another address. Confirmation tokens also carry when they expire.
 */
@Component
public class NewsletterLinks {

    private final Signer signer;
    private final SiteProperties site;

    NewsletterLinks(SharedSecrets secrets, SiteProperties site) {
        this.signer = new Signer(() -> secrets.getOrCreate("newsletter-links"));
        this.site = site;
    }

    public String manageUrl(Subscriber subscriber) {
        return site.absolute("/newsletters/manage?token=" + manageToken(subscriber));
    }

    /** The URL for {@code List-Unsubscribe}: a POST to it unsubscribes at once; a GET shows a confirm button. */
    public String oneClickUrl(Subscriber subscriber, long newsletterId) {
        String payload = "u." + subscriber.id() + "." + newsletterId;
        return site.absolute("/newsletters/unsubscribe?token=" + payload + "." + sign(payload, subscriber.email()));
    }

    /** Confirms the address and its subscription to one newsletter (double opt-in). */
    String confirmUrl(Subscriber subscriber, long newsletterId, Instant expires) {
        String payload = "c." + subscriber.id() + "." + newsletterId + "." + expires.getEpochSecond();
        return site.absolute("/newsletters/confirm?token=" + payload + "." + sign(payload, subscriber.email()));
    }

    String manageToken(Subscriber subscriber) {
        String payload = "m." + subscriber.id();
        return payload + "." + sign(payload, subscriber.email());
    }

    /** A token read back: which subscriber, which newsletter (not for manage), until when (confirmation only). */
    record Token(char kind, long subscriberId, long newsletterId, long expiresEpochSecond) {
    }

    /**
     * Reads a token's claims without trusting them; {@link #verified} checks the signature against the stored
     * subscriber's address.
     */
    static Optional<Token> read(String token) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        try {
            return switch (parts.length > 0 ? parts[0] : "") {
                case "m" -> parts.length == 3 ? Optional.of(new Token('m', Long.parseLong(parts[1]), 0, 0)) : Optional.empty();
                case "u" -> parts.length == 4
                        ? Optional.of(new Token('u', Long.parseLong(parts[1]), Long.parseLong(parts[2]), 0)) : Optional.empty();
                case "c" -> parts.length == 5 ? Optional.of(new Token('c', Long.parseLong(parts[1]),
                        Long.parseLong(parts[2]), Long.parseLong(parts[3]))) : Optional.empty();
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the token was signed by us for this subscriber's address. */
    boolean verified(String token, Subscriber subscriber) {
        int dot = token.lastIndexOf('.');
        return dot > 0 && signer.matches(token.substring(0, dot) + "|" + subscriber.email().toLowerCase(Locale.ROOT),
                token.substring(dot + 1));
    }

    private String sign(String payload, String email) {
        return signer.sign(payload + "|" + email.toLowerCase(Locale.ROOT));
    }
}
