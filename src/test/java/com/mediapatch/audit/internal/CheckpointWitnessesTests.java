package com.mediapatch.audit.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mediapatch.audit.Checkpoint;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class CheckpointWitnessesTests {

    @TempDir
    Path dir;

    @Test
    void everyCheckpointGoesToTheWitnessFileTheWitnessUrlAndTheGodAddresses() throws IOException {
        List<String> posted = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/witness", exchange -> {
            posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
                    + exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        JavaMailSender mail = mock(JavaMailSender.class);
        try {
            Path file = dir.resolve("mounted/witness.log");
            CheckpointWitnesses witnesses = new CheckpointWitnesses(new CheckpointFile(file),
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/witness"), Duration.ofSeconds(5),
                    mail, List.of("god@example.org"));
            CheckpointNotary notary = new CheckpointNotary(CheckpointKeys.loadOrCreate(dir.resolve("key")));
            Checkpoint checkpoint = notary.sign("mediapatch/localhost", 42, TreeHashes.leaf(new byte[] {1}),
                    Instant.parse("2026-12-04T10:00:00Z"));
            String line = CheckpointFile.format(checkpoint);

            witnesses.send(line);

            assertThat(new CheckpointFile(file).read()).singleElement()
                    .satisfies(read -> assertThat(read.checkpoint()).isEqualTo(checkpoint));
            assertThat(posted).containsExactly(line + "\ntext/plain; charset=utf-8");
            ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
            verify(mail).send(sent.capture());
            assertThat(sent.getValue().getTo()).containsExactly("god@example.org");
            assertThat(sent.getValue().getSubject()).isEqualTo("Audit checkpoint over 42 entries");
            assertThat(sent.getValue().getText()).contains(line);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aFailingWitnessNeverStopsTheOthers() throws IOException {
        Path file = dir.resolve("witness.log");
        CheckpointWitnesses witnesses = new CheckpointWitnesses(new CheckpointFile(file),
                URI.create("http://127.0.0.1:9/unreachable"), Duration.ofSeconds(1), null, List.of());

        witnesses.send("mediapatch/localhost 1 AAAA 2026-12-04T10:00:00Z c2ln");

        assertThat(Files.readAllLines(file)).containsExactly("mediapatch/localhost 1 AAAA 2026-12-04T10:00:00Z c2ln");
    }
}
