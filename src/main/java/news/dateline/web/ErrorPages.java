package news.dateline.web;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import news.dateline.site.PageCaching;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The pages readers see when something is missing or broken. They never print an exception's message:
 * a 404 says the page does not exist, anything else says sorry, and the details go to the log.
 */
@Controller
@ControllerAdvice
class ErrorPages implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    /**
     * A request attribute holding the site's own words for what is wrong with a request (never an exception's
     * text), shown on the 400 page; set before {@code sendError} by filters such as {@link RequestTextFilter}.
     */
    static final String PROBLEM = ErrorPages.class.getName() + ".problem";

    private final ChromeAdvice chrome;
    private final List<OversizedUploadPage> oversizedUploadPages;
    private final Words words;

    ErrorPages(ChromeAdvice chrome, List<OversizedUploadPage> oversizedUploadPages, Words words) {
        this.chrome = chrome;
        this.words = words;
        this.oversizedUploadPages = oversizedUploadPages;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(@AuthenticationPrincipal SignedInMember member, HttpServletRequest request,
                          HttpServletResponse response) {
        if (member == null && "GET".equals(request.getMethod())) {
            PageCaching.briefly(response);
        }
        return page(HttpStatus.NOT_FOUND, member, request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(@AuthenticationPrincipal SignedInMember member, HttpServletRequest request) {
        return tooLarge(request.getRequestURI(), member, request);
    }

    /** The page the upload was posted to, when it has its own advice; else the site's page saying so. */
    private ModelAndView tooLarge(String path, SignedInMember member, HttpServletRequest request) {
        for (OversizedUploadPage page : oversizedUploadPages) {
            var own = page.tooLarge(path, member);
            if (own.isPresent()) {
                ModelAndView view = own.get();
                view.setStatus(HttpStatus.CONTENT_TOO_LARGE);
                view.addObject("chrome", chrome(member, request));
                return view;
            }
        }
        ModelAndView view = page(HttpStatus.CONTENT_TOO_LARGE, member, request);
        view.addObject("message", words.get("error.upload-too-large"));
        return view;
    }

    /** A parameter that fails its constraint, such as {@link news.dateline.site.PageNumber}: its own message. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    ModelAndView invalidParameter(HandlerMethodValidationException e, @AuthenticationPrincipal SignedInMember member,
                                  HttpServletRequest request) {
        String message = e.getAllErrors().stream().map(MessageSourceResolvable::getDefaultMessage)
                .filter(Objects::nonNull).distinct().collect(Collectors.joining(" "));
        return badRequest(message.isEmpty() ? words.get("error.parameter.invalid") : message,
                member, request);
    }

    /** A parameter that is not of its type, e.g. {@code page=abc} or a number too large to hold. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mistypedParameter(MethodArgumentTypeMismatchException e,
                                   @AuthenticationPrincipal SignedInMember member, HttpServletRequest request) {
        return badRequest(isNumber(e.getRequiredType()) ? words.get("error.parameter.not-a-number", e.getName())
                : words.get("error.parameter.mistyped", e.getName()), member, request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingParameter(MissingServletRequestParameterException e,
                                  @AuthenticationPrincipal SignedInMember member, HttpServletRequest request) {
        return badRequest(words.get("error.parameter.missing", e.getParameterName()), member, request);
    }

    /** Errors that escaped the controllers (and security's 403) arrive here from the servlet container. */
    @RequestMapping("/error")
    ModelAndView error(@AuthenticationPrincipal SignedInMember member, HttpServletRequest request,
                       HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status.is5xxServerError()) {
            log.error("Error page for {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
        if (status == HttpStatus.CONTENT_TOO_LARGE) {
            // Tomcat refused a multipart upload while a filter read the form (the CSRF check)
            return tooLarge(String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)), member, request);
        }
        ModelAndView view = page(status, member, request);
        if (status == HttpStatus.BAD_REQUEST && request.getAttribute(PROBLEM) instanceof String problem) {
            view.addObject("message", problem);
        }
        return view;
    }

    private ModelAndView badRequest(String message, SignedInMember member, HttpServletRequest request) {
        ModelAndView view = page(HttpStatus.BAD_REQUEST, member, request);
        view.addObject("message", message);
        return view;
    }

    private static boolean isNumber(Class<?> type) {
        return type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class);
    }

    private Chrome chrome(SignedInMember member, HttpServletRequest request) {
        return chrome.chrome(member, (CsrfToken) request.getAttribute(CsrfToken.class.getName()));
    }

    private ModelAndView page(HttpStatus status, SignedInMember member, HttpServletRequest request) {
        ModelAndView view = new ModelAndView(status == HttpStatus.NOT_FOUND ? "error/not-found" : "error/error");
        view.setStatus(status);
        view.addObject("chrome", chrome(member, request));
        view.addObject("meta", PageMeta.unlisted(status == HttpStatus.NOT_FOUND
                ? words.get("error.not-found.title") : words.get("error.title")));
        view.addObject("status", status.value());
        view.addObject("message", null);
        return view;
    }
}
