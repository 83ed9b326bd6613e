package news.dateline.article;

/** An article command that cannot be carried out; names the field at fault and says why in plain words. */
public class InvalidArticleException extends RuntimeException {

    private final String field;

    public InvalidArticleException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
