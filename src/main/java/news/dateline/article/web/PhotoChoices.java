package news.dateline.article.web;

import java.util.List;

import news.dateline.article.PhotoReference;
import news.dateline.media.Photo;
import news.dateline.media.PhotoLibrary;

/**
 * What the editor's photo search found for a query ({@link PhotoSearchController}); the editor page shows the
 * newest photos, those for a blank query, before anything is typed.
 */
public record PhotoChoices(String query, List<PhotoChoice> photos) {

    static final int SHOWN = 12;

    static PhotoChoices search(PhotoLibrary library, String query) {
        return new PhotoChoices(query, library.search(query, SHOWN).stream().map(PhotoChoice::new).toList());
    }

    public String emptyMessage() {
        return query.isBlank() ? "The library has no photos yet." : "No photo matches “" + query.strip() + "”.";
    }

    /** One photo to choose: thumbnail, words and the Markdown it inserts. */
    public record PhotoChoice(Photo photo) {
        public String thumbnail() {
            return photo.src(320);
        }

        public String markdown() {
            return PhotoReference.markdown(photo);
        }

        public String label() {
            return photo.caption() != null ? photo.caption()
                    : photo.altText() != null ? photo.altText() : "Photo " + photo.id();
        }
    }
}
