package com.mediapatch.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded default's "outbox": every message is written to the mailbox folder in the
 * data dir as one {@code .eml} file (open it with any mail client), and a log line names
 * the file. With {@code spring.mail.host} set, Spring Boot's SMTP sender is used instead.
 */
class MailboxFolderMailSender extends JavaMailSenderImpl {

    private static final Logger log = LoggerFactory.getLogger(MailboxFolderMailSender.class);
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path folder;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    MailboxFolderMailSender(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) throws MailException {
        for (MimeMessage message : messages) {
            // Time, then a counter so mails written in the same millisecond still sort in order.
            Path file = folder.resolve(FILE_TIME.format(clock.instant().atZone(clock.getZone()))
                    + String.format("-%06d-", sequence.incrementAndGet() % 1_000_000)
                    + UUID.randomUUID().toString().substring(0, 8) + ".eml");
            try {
                Files.createDirectories(folder);
                message.saveChanges();
                // Written aside, then moved in: whoever reads the folder never sees half a mail.
                Path partial = file.resolveSibling(file.getFileName() + ".part");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    message.writeTo(out);
                }
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
                // The file, not the address: what members typed stays out of the log.
                log.info("Mail ({}) written to {}", message.getSubject(), file);
            } catch (MessagingException e) {
                throw new MailPreparationException(e);
            } catch (IOException e) {
                throw new MailSendException("Could not write mail to " + file, e);
            }
        }
    }
}
