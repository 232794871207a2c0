package com.mediapatch.identity.web;

import com.mediapatch.identity.internal.Registration;
import com.mediapatch.operations.PublicAddress;

import org.springframework.stereotype.Component;

/** Absolute links put in mail, built from the configured public address of the site. */
@Component
class Links {

    private final PublicAddress address;

    Links(PublicAddress address) {
        this.address = address;
    }

    Registration.VerificationLink to(String path) {
        String base = address.of(path);
        return token -> base + "?token=" + token;
    }
}
