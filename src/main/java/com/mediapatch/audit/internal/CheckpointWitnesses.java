package com.mediapatch.audit.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends every signed checkpoint line off the box, so a copy exists that whoever controls this
 * server cannot rewrite: appended to a witness file (mount it from another machine), POSTed
 * as text/plain to a witness URL, and mailed to the God addresses. A witness that fails is
 * logged and never stops the checkpoint; the lines carry hashes and sizes, never member content.
 */
public class CheckpointWitnesses {

    private static final Logger log = LoggerFactory.getLogger(CheckpointWitnesses.class);

    private final CheckpointFile file;
    private final URI url;
    private final Duration timeout;
    private final JavaMailSender mail;
    private final List<String> godEmails;

    /**
     * @param file the witness file, or null
     * @param url the witness address, or null
     * @param timeout how long the HTTP witness may take
     * @param mail the platform's mail sender, or null for no mail witness
     * @param godEmails whom the mail witness writes to
     */
    public CheckpointWitnesses(CheckpointFile file, URI url, Duration timeout, JavaMailSender mail,
            List<String> godEmails) {
        this.file = file;
        this.url = url;
        this.timeout = timeout;
        this.mail = mail;
        this.godEmails = List.copyOf(godEmails);
    }

    static CheckpointWitnesses none() {
        return new CheckpointWitnesses(null, null, Duration.ofSeconds(5), null, List.of());
    }

    void send(String line) {
        if (file != null) {
            witness("file " + file.path(), () -> file.appendLine(line));
        }
        if (url != null) {
            witness("URL " + url, () -> post(line));
        }
        if (mail != null && !godEmails.isEmpty()) {
            witness("mail", () -> mail(line));
        }
    }

    private void post(String line) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(line + "\n")).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("answered " + response.statusCode());
        }
    }

    private void mail(String line) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(godEmails.toArray(String[]::new));
        String[] fields = line.split(" ");
        message.setSubject((line.startsWith("restored ") ? "Audit log restored to " + fields[2]
                : "Audit checkpoint over " + fields[1]) + " entries");
        message.setText("The audit log's latest signed checkpoint. Keep this mail: \"audit verify --witness\" "
                + "compares a file of such lines with the server's log.\n\n" + line + "\n");
        mail.send(message);
    }

    private interface Witnessing {
        void run() throws Exception;
    }

    private static void witness(String which, Witnessing witnessing) {
        try {
            witnessing.run();
        } catch (Exception e) {
            log.warn("The audit checkpoint witness {} failed: {}", which, e.toString());
        }
    }

    static CheckpointFile fileAt(String path) {
        return path.isBlank() ? null : new CheckpointFile(Path.of(path));
    }
}
