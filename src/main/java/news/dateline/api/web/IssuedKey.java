package news.dateline.api.web;

/** A key just made, with the secret the page shows this once. */
public record IssuedKey(String name, String secret) {
}
