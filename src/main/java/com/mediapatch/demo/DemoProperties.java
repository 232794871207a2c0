package com.mediapatch.demo;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Demo data settings ({@code mediapatch.demo.*}).
 *
 * @param enabled seed the demo community on start
 * @param password the password every demo member signs in with
 */
@Validated
@ConfigurationProperties("mediapatch.demo")
record DemoProperties(@DefaultValue("false") boolean enabled,
        @DefaultValue("patchwork rehearsal room") @NotBlank String password) {
}
