package com.mediapatch.godmode.web;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.godmode.GodModeRoutes;
import com.mediapatch.godmode.internal.GodModeRefused;
import com.mediapatch.godmode.internal.OverrideRefused;
import com.mediapatch.shared.web.Toasts;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Sends a God account whose proof is stale to the step-up page (and back afterwards), an
 * incomplete one to the checklist, and a refused override back to its page with the reason.
 * Non-God members get the ordinary 404 from the site's problem handling.
 */
@ControllerAdvice(basePackageClasses = GodModeAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class GodModeAdvice {

    @ExceptionHandler(GodModeRefused.StepUpNeeded.class)
    String stepUp(HttpServletRequest request) {
        String next = "GET".equals(request.getMethod()) ? request.getRequestURI() : GodModeRoutes.DASHBOARD;
        return "redirect:" + UriComponentsBuilder.fromPath(GodModeRoutes.STEP_UP).queryParam("next", next).encode().toUriString();
    }

    @ExceptionHandler(GodModeRefused.Incomplete.class)
    String checklist() {
        return "redirect:" + GodModeRoutes.DASHBOARD;
    }

    @ExceptionHandler(OverrideRefused.class)
    String refused(OverrideRefused refused, HttpServletRequest request) {
        Toasts.errorAfterRedirect(request, refused.getMessage());
        return "redirect:" + backTo(request);
    }

    /** The God Mode page the form was on, never anywhere else. */
    static String backTo(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            String path = UriComponentsBuilder.fromUriString(referer).build().getPath();
            if (path != null && path.startsWith(GodModeRoutes.DASHBOARD)) {
                return path;
            }
        }
        return GodModeRoutes.DASHBOARD;
    }
}
