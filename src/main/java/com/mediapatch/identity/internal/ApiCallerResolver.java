package com.mediapatch.identity.internal;

import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiCaller;
import com.mediapatch.shared.ProblemType;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves parameters marked {@link ApiCaller}: the one place API handlers get their caller.
 * The API chain lets requests through to the handlers, so the refusal is answered here,
 * with the WWW-Authenticate challenge RFC 6750 asks for.
 */
class ApiCallerResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(ApiCaller.class) && parameter.getParameterType() == AccountId.class;
    }

    @Override
    public AccountId resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binders) {
        String scope = parameter.getParameterAnnotation(ApiCaller.class).value();
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        HttpServletResponse response = request.getNativeResponse(HttpServletResponse.class);
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
            challenge(response, "Bearer");
            throw new ApiAccessRefused(ProblemType.UNAUTHORIZED, ProblemType.UNAUTHORIZED.description());
        }
        if (caller.getAuthorities().stream().noneMatch(held -> held.getAuthority().equals("SCOPE_" + scope))) {
            challenge(response, "Bearer error=\"insufficient_scope\", scope=\"" + scope + "\"");
            throw new ApiAccessRefused(ProblemType.FORBIDDEN, "This token lacks the scope " + scope + ".");
        }
        return AccountId.valueOf(caller.getName());
    }

    private static void challenge(HttpServletResponse response, String value) {
        if (response != null) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, value);
        }
    }
}
