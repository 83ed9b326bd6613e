package news.dateline.web;

import java.util.Optional;

import news.dateline.member.SignedInMember;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page with its own answer to an upload over the multipart size limit, shown (with status 413) by
 * {@link ErrorPages} instead of the site's generic page: the comment import, for one, sends the reader to the
 * command line. Features implement it. Tomcat refuses such an upload while the security filters read the form,
 * before any controller is chosen, so the answer cannot come from the page's controller itself.
 */
public interface OversizedUploadPage {

    /**
     * @param path   the path the upload was posted to
     * @param member who posted it, or null; the page must check that they may see it, since the refusal happens
     *               before the request's authorization
     * @return the page to show, or empty when the path is not this page's or the member may not see it
     */
    Optional<ModelAndView> tooLarge(String path, SignedInMember member);
}
