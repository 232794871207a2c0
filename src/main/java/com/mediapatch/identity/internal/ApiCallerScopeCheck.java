package com.mediapatch.identity.internal;

import java.util.Arrays;

import com.mediapatch.identity.ApiCaller;
import com.mediapatch.identity.ApiScopes;

import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Stops the start when an {@link ApiCaller} names a scope no module declares: such a handler
 * could never be called, and no token form would offer the scope.
 */
@Component
class ApiCallerScopeCheck {

    private final ApiScopes scopes;

    ApiCallerScopeCheck(ApiScopes scopes) {
        this.scopes = scopes;
    }

    @EventListener
    void check(ContextRefreshedEvent event) {
        event.getApplicationContext().getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
                .flatMap(mapping -> mapping.getHandlerMethods().values().stream())
                .flatMap(handler -> Arrays.stream(handler.getMethodParameters()))
                .map(parameter -> parameter.getParameterAnnotation(ApiCaller.class))
                .filter(caller -> caller != null)
                .forEach(caller -> scopes.require(caller.value()));
    }
}
