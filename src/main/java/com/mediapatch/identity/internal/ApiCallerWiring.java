package com.mediapatch.identity.internal;

import java.util.List;

import com.mediapatch.identity.ApiCaller;

import io.swagger.v3.oas.models.security.SecurityRequirement;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers the {@link ApiCaller} resolver and states each handler's scope in the API
 * description, so the scope is written once, on the parameter.
 */
@Configuration(proxyBeanMethods = false)
class ApiCallerWiring implements WebMvcConfigurer {

    static {
        // The caller comes from the token, not from the request's parameters.
        SpringDocUtils.getConfig().addAnnotationsToIgnore(ApiCaller.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ApiCallerResolver());
    }

    @Bean
    OperationCustomizer apiCallerScopes() {
        return (operation, handler) -> {
            for (var parameter : handler.getMethodParameters()) {
                ApiCaller caller = parameter.getParameterAnnotation(ApiCaller.class);
                if (caller != null) {
                    String scope = caller.value();
                    String description = operation.getDescription() == null ? "" : operation.getDescription() + " ";
                    operation.setDescription(description + "Needs scope " + scope + ".");
                    operation.setSecurity(List.of(new SecurityRequirement().addList("bearer", scope)));
                }
            }
            return operation;
        };
    }
}
