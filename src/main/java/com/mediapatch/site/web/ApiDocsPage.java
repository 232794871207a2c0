package com.mediapatch.site.web;

import java.util.List;

import com.mediapatch.operations.ApiDocumentation;
import com.mediapatch.shared.web.PageScript;

/**
 * The API documentation inside the site's page: Swagger UI, from its web jar, drawn from the
 * OpenAPI description and started by a script file (the CSP allows no inline script).
 *
 * @param openApiPath where the description the page shows is served
 */
public record ApiDocsPage(String openApiPath) {

    /** Swagger UI's style sheet, loaded by the page itself (the layout knows only the site's). */
    public static final String STYLE_SHEET = "/webjars/swagger-ui/swagger-ui.css";

    private static final List<PageScript> SCRIPTS = List.of(new PageScript("/webjars/swagger-ui/swagger-ui-bundle.js"),
            new PageScript("/js/api-docs.js"));

    static ApiDocsPage current() {
        return new ApiDocsPage(ApiDocumentation.OPENAPI_PATH);
    }

    /** Swagger UI's bundle, then the file that starts it. */
    public List<PageScript> scripts() {
        return SCRIPTS;
    }
}
