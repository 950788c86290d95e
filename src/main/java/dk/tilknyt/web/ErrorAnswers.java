package dk.tilknyt.web;

import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Turns typed errors into answers a person can act on: JSON {@code {"status","error","message"}} under
 * /api, an error page elsewhere. Anything unexpected is logged and answered 500 without details.
 */
@ControllerAdvice
class ErrorAnswers {

    private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);

    private final MessageSource messages;

    ErrorAnswers(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class})
    Object notFound(Exception e, HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.NOT_FOUND, messages.getMessage("error.notFound", null, "Not found", locale));
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(InvalidInputException e, HttpServletRequest request, Locale locale) {
        HttpStatus status = e.unprocessable() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST;
        return answer(request, status, messages.getMessage(e.messageKey(), null, e.getMessage(), locale));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            org.springframework.web.multipart.support.MissingServletRequestPartException.class,
            IllegalArgumentException.class, org.springframework.http.converter.HttpMessageNotReadableException.class})
    Object badRequest(Exception e, HttpServletRequest request, Locale locale) {
        String detail = e instanceof MethodArgumentTypeMismatchException m
                ? "The parameter '" + m.getName() + "' has an invalid value: " + m.getValue()
                : e instanceof org.springframework.http.converter.HttpMessageNotReadableException
                        ? "The request body could not be read as JSON."
                        : e.getMessage();
        return answer(request, HttpStatus.BAD_REQUEST, detail);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(Exception e, HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("error.tooLarge", null, "The file is larger than allowed.", locale));
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(Exception e, HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.FORBIDDEN, messages.getMessage("error.forbidden", null, "Forbidden", locale));
    }

    /** The browser went away mid-answer (a click elsewhere while an htmx fragment loaded): nobody to answer. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone() {
        // nothing to send
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request, Locale locale) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR,
                messages.getMessage("error.unexpected", null, "Unexpected error", locale));
    }

    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.startsWith("/api/");
    }

    private static Object answer(HttpServletRequest request, HttpStatus status, String message) {
        if (isApi(request)) {
            return ResponseEntity.status(status).body(Map.of(
                    "status", status.value(), "error", status.getReasonPhrase(), "message", message == null ? "" : message));
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        ShellModel.addTo(page, request);
        return page;
    }
}
