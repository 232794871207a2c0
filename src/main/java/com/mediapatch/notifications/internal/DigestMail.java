package com.mediapatch.notifications.internal;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.mediapatch.notifications.Notification;
import com.mediapatch.notifications.NotificationRoutes;
import com.mediapatch.operations.PublicAddress;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Writes one digest mail, plain text and HTML, with absolute links from the public address. */
@Component
class DigestMail {

    private final JavaMailSender sender;
    private final PublicAddress site;
    private final NotificationProperties properties;

    DigestMail(JavaMailSender sender, PublicAddress site, NotificationProperties properties) {
        this.sender = sender;
        this.site = site;
        this.properties = properties;
    }

    void send(String to, List<Notification> items) {
        String preferences = site.of(NotificationRoutes.SETTINGS);
        StringBuilder text = new StringBuilder("Here is what happened on The Media Patch since our last mail:\n\n");
        StringBuilder html = new StringBuilder("<!doctype html><html><body style=\"font-family:sans-serif\">"
                + "<p>Here is what happened on The Media Patch since our last mail:</p><ul>");
        for (Notification item : items) {
            String link = site.of(item.link());
            text.append("* ").append(item.text()).append("\n  ").append(link).append("\n\n");
            html.append("<li><a href=\"").append(HtmlUtils.htmlEscape(link)).append("\">")
                    .append(HtmlUtils.htmlEscape(item.text())).append("</a></li>");
        }
        text.append("All your notifications: ").append(site.of(NotificationRoutes.CENTRE)).append("\n\n")
                .append("You get this mail because you chose email for these kinds of notification.\n")
                .append("Unsubscribe or change what we mail you: ").append(preferences).append('\n');
        html.append("</ul><p><a href=\"").append(HtmlUtils.htmlEscape(site.of(NotificationRoutes.CENTRE)))
                .append("\">All your notifications</a></p><p style=\"color:#555\">You get this mail because you chose "
                        + "email for these kinds of notification. <a href=\"")
                .append(HtmlUtils.htmlEscape(preferences)).append("\">Unsubscribe or change what we mail you</a>.</p>")
                .append("</body></html>");
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(to);
            helper.setSubject(items.size() == 1 ? "1 new notification on The Media Patch"
                    : items.size() + " new notifications on The Media Patch");
            helper.setText(text.toString(), html.toString());
            message.setHeader("List-Unsubscribe", "<" + preferences + ">");
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not compose the digest to " + to, e);
        }
        sender.send(message);
    }
}
