package com.mediapatch.identity.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Writes the mails an account receives: verification and password reset links, email
 * change confirmations and notices. Each goes out after the transaction commits, off the
 * request thread (see {@link OutgoingMail}).
 */
@Component
class AccountMail {

    private final OutgoingMail mail;
    private final IdentityProperties properties;

    AccountMail(OutgoingMail mail, IdentityProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    void sendVerification(String to, String link) {
        send("verification", to, "Confirm your email for The Media Patch", """
                Welcome to The Media Patch!

                Please confirm this is your address by opening the link below. It works once
                and expires in 24 hours.

                %s

                If you did not sign up, ignore this mail and nothing will happen.
                """.formatted(link));
    }

    void sendPasswordReset(String to, String link) {
        send("password reset", to, "Reset your password for The Media Patch", """
                Someone (hopefully you) asked to reset the password of your account.

                Choose a new password here. The link works once and expires in 30 minutes:

                %s

                If it wasn't you, ignore this mail: your password stays as it is.
                """.formatted(link));
    }

    void sendEmailChangeConfirmation(String to, String link) {
        send("email change confirmation", to, "Confirm your new email for The Media Patch", """
                You asked to move your account on The Media Patch to this address.

                Confirm it with the link below. It works once and expires in 24 hours:

                %s

                If you didn't ask for this, ignore this mail: nothing changes.
                """.formatted(link));
    }

    void sendEmailChangedNotice(String to, String newAddress) {
        send("email changed notice", to, "Your email for The Media Patch was changed", """
                Your account on The Media Patch now signs in with %s instead of this address.

                If you didn't do this, reset your password straight away and tell a moderator.
                """.formatted(newAddress));
    }

    private void send(String what, String to, String subject, String text) {
        MimeMessage message = mail.create();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not compose the " + what + " mail", e);
        }
        mail.sendAfterCommit(message, what);
    }
}
