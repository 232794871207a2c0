package com.mediapatch.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.operations.RequestIds;
import com.mediapatch.shared.ProblemType;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers every error the servlet container routes to {@code /error}: unknown paths,
 * exceptions outside controllers, and container-level refusals. Browsers get a friendly
 * page; everyone else gets a problem detail.
 */
@Controller
class ErrorPages implements ErrorController {

    static final String PATH = "/error";

    @RequestMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = status(request);
        response.setStatus(status);
        ErrorPage page = ErrorPage.forStatus(status, RequestIds.of(request).orElse(null));
        model.addAttribute("page", status == 503 && message(request) != null ? page.withExplanation(message(request)) : page);
        return "site/error";
    }

    @RequestMapping(PATH)
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        ProblemType type = ProblemType.forStatus(status);
        String detail = type == ProblemType.NOT_FOUND ? "No resource exists at this path."
                : status == 503 && message(request) != null ? message(request) : type.description();
        ProblemDetail problem = Problems.of(type, detail, request, originalPath(request));
        problem.setStatus(status);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code ? code : 500;
    }

    /** The reason a filter gave with {@code sendError}; shown only for 503, which filters word for people. */
    private static String message(HttpServletRequest request) {
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return message instanceof String text && !text.isBlank() ? text : null;
    }

    private static String originalPath(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return path instanceof String text ? text : null;
    }
}
