package news.dateline.site;

/** Thrown when a page's subject does not exist (or is not public); shown as the 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
