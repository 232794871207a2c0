package com.mediapatch.identity.web;

import com.mediapatch.identity.internal.Registration;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute links put in mail, built from the address the request arrived at. */
final class Links {

    private Links() {
    }

    static Registration.VerificationLink to(String path) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
        return token -> base + "?token=" + token;
    }
}
