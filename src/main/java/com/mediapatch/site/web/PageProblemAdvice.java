package com.mediapatch.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.operations.RequestIds;
import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.web.Shell;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A domain problem raised by a page handler becomes the friendly page for its status, explaining the problem in
 * its own words and offering its type's next step (such as signing in).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblemAdvice {

    @ExceptionHandler(DomainProblem.class)
    String domainProblem(DomainProblem problem, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setStatus(problem.type().status().value());
        model.addAttribute("shell", Shell.forRequest(request));
        model.addAttribute("page", ErrorPage.of(problem, RequestIds.of(request).orElse(null)));
        return "site/error";
    }

    /**
     * A path whose id is not even well-formed names nothing: the fact its type throws when it has one, else the
     * ordinary 404 page, not a 400.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String malformedPathId(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request,
            HttpServletResponse response, Model model) throws MethodArgumentTypeMismatchException {
        var fact = Problems.behind(mismatch);
        if (fact.isPresent()) {
            return domainProblem(fact.get(), request, response, model);
        }
        if (mismatch.getParameter().getParameterAnnotation(PathVariable.class) == null) {
            throw mismatch;
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("shell", Shell.forRequest(request));
        model.addAttribute("page", ErrorPage.forStatus(404, RequestIds.of(request).orElse(null)));
        return "site/error";
    }
}
