package com.mediapatch.operations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The version of the running build, from the build info Maven writes into the jar, or
 * {@code dev} when running from an IDE without it.
 *
 * @param value the version string shown to people and API clients
 */
public record PlatformVersion(String value) {

    @Configuration(proxyBeanMethods = false)
    static class Source {

        @Bean
        PlatformVersion platformVersion(ObjectProvider<BuildProperties> build) {
            BuildProperties properties = build.getIfAvailable();
            return new PlatformVersion(properties == null ? "dev" : properties.getVersion());
        }
    }
}
