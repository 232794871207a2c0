package com.mediapatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads the embedded default's mailbox folder the way a person would read their inbox:
 * the newest message to an address, and the link in it. No mocks of the mail layer.
 */
public final class TestMailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final String PENDING = "mediapatch.mail.pending";
    private static final Set<MeterRegistry> WATCHED = ConcurrentHashMap.newKeySet();

    private final Path folder;

    public TestMailbox(String dataDir) {
        this.folder = Path.of(dataDir, "mailbox");
    }

    /** The newest mail to {@code address}, waiting briefly for it to be written. */
    public MimeMessage latestTo(String address) {
        awaitCommittedMail();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            Optional<MimeMessage> found = newestTo(address);
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new AssertionError("No mail to " + address + " in " + folder);
    }

    /** The file of the newest mail to {@code address}, waiting briefly for it to be written. */
    public Path latestFileTo(String address) {
        latestTo(address);
        return files().sorted(Comparator.reverseOrder()).filter(file -> isTo(read(file), address)).findFirst().orElseThrow();
    }

    /** How many mails to {@code address} there are once {@code expected} arrived (or after a short wait). */
    public long countTo(String address, long expected) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (countTo(address) < expected && Instant.now().isBefore(deadline)) {
            sleep();
        }
        return countTo(address);
    }

    public long countTo(String address) {
        awaitCommittedMail();
        return messages().filter(message -> isTo(message, address)).count();
    }

    /** The path and query of the first link in the newest mail to {@code address}. */
    public String linkPathIn(MimeMessage message) {
        Matcher matcher = LINK.matcher(text(message));
        if (!matcher.find()) {
            throw new AssertionError("No link in mail " + subject(message));
        }
        return matcher.group().replaceFirst("^https?://[^/]+", "");
    }

    public static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lets every mailbox wait for the mail an application context committed but has not written yet. */
    static void watch(MeterRegistry meters) {
        WATCHED.add(meters);
    }

    /**
     * Account mail goes out after its transaction commits, on a thread of its own: wait until
     * every watched application context has handed its committed mail over.
     */
    private static void awaitCommittedMail() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (WATCHED.stream().flatMap(meters -> meters.find(PENDING).gauges().stream()).anyMatch(gauge -> gauge.value() > 0)
                && Instant.now().isBefore(deadline)) {
            sleep();
        }
    }

    private Optional<MimeMessage> newestTo(String address) {
        return files().sorted(Comparator.reverseOrder()).map(TestMailbox::read)
                .filter(message -> isTo(message, address)).findFirst();
    }

    private Stream<MimeMessage> messages() {
        return files().map(TestMailbox::read);
    }

    private Stream<Path> files() {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(file -> file.toString().endsWith(".eml")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static MimeMessage read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Unreadable mail " + file, e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
