package com.mediapatch.messaging.api;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.shared.ProblemType;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Scope checks of the messaging API fail inside the controller (method security), after the
 * filter chain; this answers them as the chain would: 401 without a token, 403 without the scope.
 */
@RestControllerAdvice(assignableTypes = MessagingApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiAccessProblems {

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(HttpServletRequest request) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated();
        ProblemType type = anonymous ? ProblemType.UNAUTHORIZED : ProblemType.FORBIDDEN;
        ResponseEntity.BodyBuilder response = ResponseEntity.status(type.status());
        if (anonymous) {
            response.header("WWW-Authenticate", "Bearer");
        } else {
            response.header("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
        }
        return response.body(type.toProblemDetail(anonymous ? type.description()
                : "This token lacks the scope this needs: profile:read to read, profile:write to write.", request.getRequestURI()));
    }
}
