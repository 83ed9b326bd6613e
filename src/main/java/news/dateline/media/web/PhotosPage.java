package news.dateline.media.web;

import java.util.List;

/**
 * The newsroom photo library page: recent photos, the upload form (refilled after an error) and at most one
 * message, either about the upload or about attaching an image to the photo {@code attachFailedFor}.
 */
public record PhotosPage(List<PhotoCard> photos, PhotoWords upload, String uploadError,
                         Long attachFailedFor, String attachError, String notice, String maxUploadSize) {

    public String attachErrorFor(PhotoCard card) {
        return attachFailedFor != null && attachFailedFor == card.photo().id() ? attachError : null;
    }
}
