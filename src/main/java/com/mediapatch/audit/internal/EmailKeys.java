package com.mediapatch.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.mediapatch.vault.NamedSecrets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Stands in for an email address someone typed, in the audit log: a keyed hash
 * (HMAC-SHA256 with a vault secret shared by every node, first 128 bits), written
 * "email-key:" and 32 hex digits. The same address always gives the same key, so repeated
 * attempts at one address can be told apart from a spray across many, yet an address that
 * belongs to nobody, or a password typed into the email field, is never stored. The secret
 * is fetched on first use, so the audit command, which starts without the vault, never needs it.
 */
@Component
class EmailKeys {

    static final String PREFIX = "email-key:";

    private final ObjectProvider<NamedSecrets> secrets;
    private volatile SecretKeySpec key;

    EmailKeys(ObjectProvider<NamedSecrets> secrets) {
        this.secrets = secrets;
    }

    String of(String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            byte[] digest = mac.doFinal((email == null ? "" : email.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            current = new SecretKeySpec(secrets.getObject().secret("audit.typed-email", 32), "HmacSHA256");
            key = current;
        }
        return current;
    }
}
