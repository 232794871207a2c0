package com.mediapatch.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.SecondFactorChanged;
import com.mediapatch.identity.SecondFactorChanged.Change;
import com.mediapatch.vault.NamedSecrets;
import com.mediapatch.vault.SealedText;
import com.mediapatch.vault.SealedValueDamaged;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authenticator apps (TOTP) and recovery codes: enrolment, checking a code at sign-in,
 * and removal. Secrets are sealed before storage, recovery codes kept only as hashes, and
 * every change is published for the audit log.
 */
@Service
public class SecondFactors {

    private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);
    static final int RECOVERY_CODES = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final TotpEnrolmentRepository enrolments;
    private final RecoveryCodeRepository recoveryCodes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec recoveryKey;

    SecondFactors(TotpEnrolmentRepository enrolments, RecoveryCodeRepository recoveryCodes, NamedSecrets secrets,
            ApplicationEventPublisher events, Clock clock) {
        this.recoveryKey = new SecretKeySpec(secrets.secret("identity.recovery-codes", 32), "HmacSHA256");
        this.enrolments = enrolments;
        this.recoveryCodes = recoveryCodes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean enrolled(AccountId account) {
        return enrolments.existsById(account.value());
    }

    @Transactional(readOnly = true)
    public long recoveryCodesLeft(AccountId account) {
        return recoveryCodes.countByAccountIdAndUsedAtIsNull(account.value());
    }

    /**
     * Finishes enrolment once the member proves their app shows the right code for the
     * pending secret; returns the recovery codes to show them once. Empty when the code is wrong.
     */
    @Transactional
    public List<String> enrol(AccountId account, String pendingSecret, String code) {
        OptionalLong step = Totp.matchingStep(pendingSecret, code, clock.instant());
        if (step.isEmpty()) {
            return List.of();
        }
        enrolments.findById(account.value()).ifPresent(enrolments::delete);
        enrolments.flush();
        enrolments.save(new TotpEnrolment(account.value(),
                SealedText.of(pendingSecret, TotpEnrolment.SECRET.binding(account.value())), step.getAsLong(), clock.instant()));
        events.publishEvent(new SecondFactorChanged(account, Change.AUTHENTICATOR_ENROLLED, clock.instant()));
        return newRecoveryCodes(account);
    }

    /** Replaces all recovery codes; the old ones stop working. */
    @Transactional
    public List<String> regenerateRecoveryCodes(AccountId account) {
        List<String> codes = newRecoveryCodes(account);
        events.publishEvent(new SecondFactorChanged(account, Change.RECOVERY_CODES_REGENERATED, clock.instant()));
        return codes;
    }

    /** Checks a sign-in code: an unused TOTP code, or else an unused recovery code (used up). */
    @Transactional
    public boolean verify(AccountId account, String code) {
        var enrolment = enrolments.findById(account.value());
        if (enrolment.isEmpty()) {
            return false;
        }
        OptionalLong step = authenticatorStep(enrolment.get(), code);
        if (step.isPresent()) {
            return enrolments.useStep(account.value(), step.getAsLong()) == 1;
        }
        // One conditional update: of parallel tries with the same code, exactly one uses it up.
        if (recoveryCodes.useUp(account.value(), hash(code), clock.instant()) != 1) {
            return false;
        }
        events.publishEvent(new SecondFactorChanged(account, Change.RECOVERY_CODE_USED, clock.instant()));
        return true;
    }

    private OptionalLong authenticatorStep(TotpEnrolment enrolment, String code) {
        try {
            return Totp.matchingStep(enrolment.secret(), code, clock.instant());
        } catch (SealedValueDamaged damaged) {
            // Refuse the code, keep recovery codes working, and tell the operator.
            log.error("Authenticator secret unusable: {}", damaged.getMessage());
            return OptionalLong.empty();
        }
    }

    @Transactional
    public void remove(AccountId account) {
        enrolments.findById(account.value()).ifPresent(enrolment -> {
            enrolments.delete(enrolment);
            recoveryCodes.deleteAllOf(account.value());
            events.publishEvent(new SecondFactorChanged(account, Change.AUTHENTICATOR_REMOVED, clock.instant()));
        });
    }

    private List<String> newRecoveryCodes(AccountId account) {
        recoveryCodes.deleteAllOf(account.value());
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = randomChunk() + "-" + randomChunk();
            codes.add(code);
            recoveryCodes.save(new RecoveryCode(account.value(), hash(code)));
        }
        return codes;
    }

    private String randomChunk() {
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            chunk.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return chunk.toString();
    }

    /** A keyed hash (HMAC-SHA256 with a vault secret), so a leaked table cannot be brute-forced offline. */
    String hash(String code) {
        String normalised = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(recoveryKey);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
