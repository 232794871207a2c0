package com.mediapatch.site.api;

/**
 * What an API client needs to know about this installation before anything else.
 *
 * @param name the site's name
 * @param version the running build's version
 * @param apiBase the base path of every API call
 * @param openApi where the OpenAPI description is served
 */
public record SiteInfo(String name, String version, String apiBase, String openApi) {
}
