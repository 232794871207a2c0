package com.mediapatch.notifications.internal;

import java.io.IOException;
import java.time.Instant;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import com.mediapatch.identity.AccountId;
import com.mediapatch.notifications.NotificationRaised;

import org.springframework.boot.test.context.TestComponent;

/** Raises notifications through the same intake the listener uses, synchronously, for tests. */
@TestComponent
public class NotificationFixtures {

    private final NotificationIntake intake;
    private final DigestMailer digest;

    NotificationFixtures(NotificationIntake intake, DigestMailer digest) {
        this.intake = intake;
        this.digest = digest;
    }

    /** Whether the notification was stored. */
    public boolean raise(AccountId recipient, String kind, String text, String link, AccountId actor) {
        return intake.accept(new NotificationRaised(recipient, kind, text, link, actor, Instant.now()));
    }

    public int sendDigests() {
        return digest.sendDue();
    }

    /** Every text part of a mail, plain and HTML, one after the other. */
    public static String allText(Part part) {
        try {
            if (part.isMimeType("text/*")) {
                return String.valueOf(part.getContent());
            }
            StringBuilder text = new StringBuilder();
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    text.append(allText(body)).append('\n');
                }
            }
            return text.toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
