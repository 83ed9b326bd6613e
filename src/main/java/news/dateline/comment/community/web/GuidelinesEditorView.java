package news.dateline.comment.community.web;

import java.util.List;

/**
 * The guidelines editor: the text in the box, how it looks, and the saved versions.
 *
 * @param markdown    the text in the box: the text in force, or what the editor typed (on a preview or an error)
 * @param previewHtml the box's text rendered as readers will see it
 * @param previewing  whether the box holds unsaved text the editor asked to preview
 * @param shipped     whether the text in force is still the one shipped with the site (nothing saved yet)
 */
public record GuidelinesEditorView(String markdown, String previewHtml, boolean previewing, boolean shipped,
                                   List<Version> history, String notice, String error) {

    public static final String ACTION = "/admin/community/guidelines";
    public static final String PREVIEW_ACTION = "/admin/community/guidelines/preview";
    public static final String PUBLIC_PAGE = GuidelinesController.PATH;

    /** A saved version: who saved it, when (formatted for the site's zone), and its text. */
    public record Version(String savedBy, String savedAt, String iso, String markdown, boolean inForce) {
    }
}
