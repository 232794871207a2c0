package com.mediapatch.site.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error raised while serving an API controller becomes an RFC 9457 problem detail
 * with a stable type URI. Nothing internal (class names, stack traces, SQL) leaks out.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<ProblemDetail> domainProblem(DomainProblem problem, HttpServletRequest request) {
        ProblemDetail detail = Problems.of(problem.type(), problem.getMessage(), request, request.getRequestURI());
        if (problem.retryAfter() != null) {
            return ResponseEntity.status(detail.getStatus())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, problem.retryAfter().toSeconds())))
                    .body(detail);
        }
        return respond(detail);
    }

    /**
     * Refusals by method security (a missing token or scope) go back to Spring Security, whose entry point and
     * access-denied handler answer 401 or 403 as problem details.
     */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void refusedBySecurity(RuntimeException refused) {
        throw refused;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error serving {} {}", request.getMethod(), routeOf(request), e);
        return respond(Problems.of(ProblemType.INTERNAL_ERROR,
                "The server could not complete this request.", request, request.getRequestURI()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(ProblemType.MALFORMED_REQUEST, UnreadableBody.describe(e),
                servlet(request), servlet(request).getRequestURI());
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return Problems.behind(e).<ResponseEntity<Object>>map(problem -> ResponseEntity.status(problem.type().status())
                .body(Problems.of(problem.type(), problem.getMessage(), servlet(request), servlet(request).getRequestURI())))
                .orElseGet(() -> super.handleTypeMismatch(e, headers, status, request));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(ProblemType.VALIDATION_FAILED,
                "Some fields are not valid; see 'errors'.", servlet(request), servlet(request).getRequestURI());
        problem.setProperty("errors", fieldErrors(e.getBindingResult().getFieldErrors()));
        return handleExceptionInternal(e, problem, headers, ProblemType.VALIDATION_FAILED.status(), request);
    }

    /** Completes the problem details Spring builds for the standard MVC exceptions. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            Problems.complete(problem, servlet(request));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static List<Map<String, String>> fieldErrors(List<FieldError> errors) {
        return errors.stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
    }

    /**
     * The route pattern that matched ("/messages/{id}"), never the path itself: paths can carry what members typed
     * (handles, search text), and that stays out of logs.
     */
    static String routeOf(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? "(no route matched)" : pattern.toString();
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static HttpServletRequest servlet(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }
}
