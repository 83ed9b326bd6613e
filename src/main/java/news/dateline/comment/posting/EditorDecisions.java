package news.dateline.comment.posting;

import java.util.Optional;

/** An editor's decision on an article's comments: closed (true), reopened (false), or none (empty). */
public interface EditorDecisions {

    Optional<Boolean> editorClosed(long articleId);
}
