package com.mediapatch.site.web;

import java.net.URI;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.operations.RequestIds;
import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.springframework.http.ProblemDetail;

/** Builds the one shape of problem detail every API error has. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(ProblemType type, String detail, HttpServletRequest request, String path) {
        ProblemDetail problem = type.toProblemDetail(detail, path);
        RequestIds.of(request).ifPresent(id -> problem.setProperty("requestId", id));
        return problem;
    }

    /**
     * The domain problem a conversion failed with: a typed id whose parsing throws the fact itself (an id that is
     * not even well-formed is the same fact as an unknown one) is answered as that fact.
     */
    static Optional<DomainProblem> behind(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainProblem problem) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }

    /** Fills in type, title, instance and request id on a detail Spring already made. */
    static ProblemDetail complete(ProblemDetail problem, HttpServletRequest request) {
        ProblemType type = ProblemType.forStatus(problem.getStatus());
        problem.setType(type.uri());
        problem.setTitle(type.title());
        problem.setInstance(URI.create(request.getRequestURI()));
        RequestIds.of(request).ifPresent(id -> problem.setProperty("requestId", id));
        return problem;
    }
}
