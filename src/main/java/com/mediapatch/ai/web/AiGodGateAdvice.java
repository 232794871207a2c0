package com.mediapatch.ai.web;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.ai.AiRoutes;
import com.mediapatch.godmode.GodModeRoutes;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.util.UriComponentsBuilder;

/** Sends a God account whose proof is stale to God Mode's step-up, and back to the AI panel afterwards. */
@ControllerAdvice(basePackageClasses = AiGodGateAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AiGodGateAdvice {

    @ExceptionHandler(AiGodGate.StepUpNeeded.class)
    String stepUp(HttpServletRequest request) {
        String next = "GET".equals(request.getMethod()) ? request.getRequestURI() : AiRoutes.GOD;
        return "redirect:" + UriComponentsBuilder.fromPath(GodModeRoutes.STEP_UP).queryParam("next", next).encode().toUriString();
    }
}
