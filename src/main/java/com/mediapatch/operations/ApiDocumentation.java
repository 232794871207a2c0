package com.mediapatch.operations;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the JSON API under {@value #API_BASE}. The description is served at
 * {@value #OPENAPI_PATH} and browsable at {@value #DOCS_PATH}.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    public static final String API_BASE = "/api/v1";
    public static final String OPENAPI_PATH = "/api/v1/openapi.json";
    public static final String DOCS_PATH = "/api/docs";

    @Bean
    OpenAPI mediaPatchOpenApi(PlatformVersion version) {
        return new OpenAPI().info(new Info()
                .title("The Media Patch API")
                .version(version.value())
                .description("""
                        JSON API of a self-hosted creative community. Every path is under /api/v1. \
                        Errors are RFC 9457 problem details (application/problem+json) whose `type` \
                        is a stable URI under /problems/ explaining the error; every response carries \
                        an X-Request-Id header that also appears in the server's logs.""")
                .license(new License().name("Self-hosted instance")));
    }
}
