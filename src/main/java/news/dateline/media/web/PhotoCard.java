package news.dateline.media.web;

import news.dateline.media.Photo;

/** One photo in the newsroom library: its preview, its words and the URLs of the forms that change it. */
public record PhotoCard(Photo photo) {

    public String anchor() {
        return "photo-" + photo.id();
    }

    /** This photo's card in the newsroom's photo library. */
    public String libraryUrl() {
        return "/admin/photos#" + anchor();
    }

    public String editUrl() {
        return "/admin/photos/" + photo.id();
    }

    public String attachUrl() {
        return "/admin/photos/" + photo.id() + "/image";
    }

    public String previewSrc() {
        return photo.src(320);
    }

    public String size() {
        return photo.missingImage() ? "" : photo.width() + " × " + photo.height() + " px";
    }

    public PhotoWords words() {
        return new PhotoWords(photo.caption(), photo.credit(), photo.altText());
    }
}
