package com.mediapatch.shared;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A kind of error with a stable identity. Its {@link #uri()} is the RFC 9457 {@code type}
 * of every problem detail of this kind and resolves to a page explaining it, so clients
 * can branch on the type and people can read what it means.
 *
 * @param slug short, stable, kebab-case name; never change it once published
 * @param title short human summary, the same for every occurrence
 * @param status the HTTP status this kind of problem is answered with
 * @param description one or two sentences on when it happens and what to do
 * @param nextStep what a person can do about it, offered on the friendly page for browsers; null when nothing
 */
public record ProblemType(String slug, String title, HttpStatus status, String description, NextStep nextStep) {

    /**
     * A link the friendly page offers as its main button, such as signing in to see a page shared with members.
     *
     * @param label the button's words
     * @param path where it leads, a path on this site
     */
    public record NextStep(String label, String path) {
    }

    /** A type whose friendly page offers nothing more than the way home. */
    public ProblemType(String slug, String title, HttpStatus status, String description) {
        this(slug, title, status, description, null);
    }

    /** This type, with its friendly page offering {@code label} as a button to {@code path}. */
    public ProblemType offering(String label, String path) {
        return new ProblemType(slug, title, status, description, new NextStep(label, path));
    }

    /** Path under which every problem type is documented. */
    public static final String BASE_PATH = "/problems/";

    public static final ProblemType NOT_FOUND = new ProblemType("not-found", "Not found",
            HttpStatus.NOT_FOUND, "Nothing exists at this address, or you may not see it.");
    public static final ProblemType MALFORMED_REQUEST = new ProblemType("malformed-request",
            "Malformed request", HttpStatus.BAD_REQUEST,
            "The request could not be read: its body is not valid JSON, or a parameter has the wrong form.");
    public static final ProblemType VALIDATION_FAILED = new ProblemType("validation-failed",
            "Validation failed", HttpStatus.UNPROCESSABLE_CONTENT,
            "The request was readable but some fields break the rules; each is listed under 'errors'.");
    public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed",
            "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED,
            "This address exists but does not accept this HTTP method; see the Allow header.");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type",
            "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "The body is in a format this endpoint does not accept; send application/json.");
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable",
            "Not acceptable", HttpStatus.NOT_ACCEPTABLE,
            "The response cannot be produced in any of the formats the Accept header asks for.");
    public static final ProblemType PAYLOAD_TOO_LARGE = new ProblemType("payload-too-large",
            "Payload too large", HttpStatus.CONTENT_TOO_LARGE,
            "The request body is larger than this endpoint accepts.");
    public static final ProblemType UNAUTHORIZED = new ProblemType("unauthorized", "Unauthorized",
            HttpStatus.UNAUTHORIZED, "This needs a valid access token: send Authorization: Bearer <token>.");
    public static final ProblemType TOO_MANY_REQUESTS = new ProblemType("too-many-requests", "Too many requests",
            HttpStatus.TOO_MANY_REQUESTS, "Slow down: try again after the number of seconds in Retry-After.");
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", "Forbidden",
            HttpStatus.FORBIDDEN, "You are signed in but not allowed to do this.");
    public static final ProblemType CONFLICT = new ProblemType("conflict", "Conflict",
            HttpStatus.CONFLICT, "The request clashes with the current state, for example a duplicate.");
    public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error",
            "Something went wrong on our side", HttpStatus.INTERNAL_SERVER_ERROR,
            "An unexpected error. It has been logged with the request id; nothing you sent was at fault.");

    public static final ProblemType SERVICE_UNAVAILABLE = new ProblemType("service-unavailable",
            "Temporarily unavailable", HttpStatus.SERVICE_UNAVAILABLE,
            "The site is in maintenance or read-only mode for a while. Try again after the time in Retry-After.");

    /** The types every endpoint may answer with, whatever module it belongs to. */
    public static final List<ProblemType> GENERIC = List.of(NOT_FOUND, MALFORMED_REQUEST,
            VALIDATION_FAILED, METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE,
            PAYLOAD_TOO_LARGE, UNAUTHORIZED, FORBIDDEN, CONFLICT, TOO_MANY_REQUESTS, SERVICE_UNAVAILABLE, INTERNAL_ERROR);

    public URI uri() {
        return URI.create(BASE_PATH + slug);
    }

    /** A problem detail of this type about the request for {@code path} (null when unknown). */
    public ProblemDetail toProblemDetail(String detail, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(uri());
        problem.setTitle(title);
        if (path != null) {
            problem.setInstance(URI.create(path));
        }
        return problem;
    }

    /** The generic type that fits a status when nothing more specific is known. */
    public static ProblemType forStatus(int status) {
        return GENERIC.stream().filter(type -> type.status().value() == status).findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST);
    }
}
