/**
 * Photos: the pictures that illustrate articles, with their words.
 *
 * <ul>
 *   <li><b>photo</b> — one picture and its caption, credit and alt text; other features refer to it by id
 *       (not "image", "picture" or "media item" in code).</li>
 *   <li><b>caption-only photo</b> — a photo whose words arrived without an image file (an import of a
 *       scraped page); the newsroom sees it flagged "image missing" until someone attaches the image.</li>
 *   <li><b>original</b> — the uploaded file, kept as it came.</li>
 *   <li><b>rendition</b> — a JPEG of the photo resized to one width, made once at upload and served
 *       at {@code /media/photos/{id}-{width}.jpg} for ever (the URL never changes content).</li>
 * </ul>
 *
 * Other features use only {@link news.dateline.media.PhotoLibrary}, {@link news.dateline.media.Photo},
 * {@link news.dateline.media.PhotoUpload} and {@link news.dateline.media.PhotoRejectedException}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"site"})
package news.dateline.media;
