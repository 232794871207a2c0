package com.mediapatch.site.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.operations.RequestIds;
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
