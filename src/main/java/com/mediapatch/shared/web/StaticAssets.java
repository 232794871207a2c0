package com.mediapatch.shared.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files under names that carry a hash of their content ({@code /js/app-<md5>.js}, see
 * {@link Shell#asset}), so browsers keep them for a year without asking again; a changed file
 * gets a new name. The build writes a gzip copy beside each text file, sent to browsers that
 * accept it. Filters that have nothing to do with a static file skip it ({@link #isAsset}).
 */
@Configuration(proxyBeanMethods = false)
public class StaticAssets implements WebMvcConfigurer {

    static final CacheControl FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private static final String[] PREFIXES = {"/css/", "/js/", "/webjars/", "/favicon"};

    /** Whether the request is for a static file (style sheet, script, web jar, icon). */
    public static boolean isAsset(HttpServletRequest request) {
        String path = request.getRequestURI();
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        fingerprinted(registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/"));
        fingerprinted(registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/"));
        fingerprinted(registry.addResourceHandler("/*.svg").addResourceLocations("classpath:/static/"));
        // htmx ships its own gzip copy in the web jar.
        fingerprinted(registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/"));
    }

    private static void fingerprinted(ResourceHandlerRegistration registration) {
        registration.setCacheControl(FOR_A_YEAR)
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver())
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
