package com.mediapatch.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A Unix domain socket in the data dir ("run/control-*.sock", in a folder only the owner
 * may open) through which the backup command reaches the running platform: it answers that
 * it runs (so a restore refuses), and takes the online backup of the embedded database,
 * which only the process holding it open can do.
 */
@Component
@ConditionalOnWebApplication
class ControlSocket implements SmartLifecycle {

    static final String FOLDER = "run";
    static final String RUNNING = "running";
    static final String DONE = "OK";
    static final String FAILED = "FAILED ";
    private static final Logger log = LoggerFactory.getLogger(ControlSocket.class);
    private static final AtomicInteger instances = new AtomicInteger();

    private final Path dataDir;
    private final DataSource dataSource;
    private final BackupWriter backups;
    private volatile ServerSocketChannel server;
    private Path socket;

    ControlSocket(@Value("${" + DataDirectory.PROPERTY + "}") String dataDir, DataSource dataSource, Environment environment,
            Clock clock) {
        this.dataDir = Path.of(dataDir);
        this.dataSource = dataSource;
        this.backups = new BackupWriter(this.dataDir, new DatabaseLocation(environment.getProperty("spring.datasource.url", ""),
                environment.getProperty("spring.datasource.username"), null), clock);
    }

    @Override
    public void start() {
        socket = dataDir.resolve(FOLDER).resolve("control-" + ProcessHandle.current().pid() + "-" + instances.incrementAndGet() + ".sock");
        try {
            DataDirectory.ownerOnlyFolder(socket.getParent());
            Files.deleteIfExists(socket);
            ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(socket));
            server = channel;
            Thread accepting = new Thread(this::serve, "control-socket");
            accepting.setDaemon(true);
            accepting.start();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            log.warn("No control socket at {} ({}): online backups of the embedded database need one", socket, e.toString());
        }
    }

    private void serve() {
        while (server != null && server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                answer(client);
            } catch (IOException | RuntimeException e) {
                if (server != null && server.isOpen()) {
                    log.warn("Control socket request failed: {}", e.toString());
                }
            }
        }
    }

    private void answer(SocketChannel client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(client), StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(Channels.newOutputStream(client), true, StandardCharsets.UTF_8);
        String request = in.readLine();
        if (request == null || request.equals("status")) {
            out.println(RUNNING);
        } else if (request.startsWith("backup ")) {
            try (Connection connection = dataSource.getConnection()) {
                backups.write(Path.of(request.substring("backup ".length())), connection, out);
                out.println(DONE);
            } catch (Exception e) {
                out.println(FAILED + e.getMessage());
            }
        } else {
            out.println(FAILED + "unknown request");
        }
    }

    @Override
    public void stop() {
        ServerSocketChannel closing = server;
        server = null;
        if (closing != null) {
            try {
                closing.close();
                Files.deleteIfExists(socket);
            } catch (IOException e) {
                log.warn("Cannot remove the control socket {}: {}", socket, e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    /** The sockets of platforms running on this data dir; stale ones (left by a killed process) are removed. */
    static List<Path> answering(Path dataDir) throws IOException {
        Path folder = dataDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> sockets = Files.list(folder)) {
            return sockets.filter(path -> path.getFileName().toString().endsWith(".sock")).filter(ControlSocket::answers).toList();
        }
    }

    static boolean anyAnswering(Path dataDir) throws IOException {
        return !answering(dataDir).isEmpty();
    }

    private static boolean answers(Path socket) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(StandardCharsets.UTF_8.encode("status\n"));
            return RUNNING.equals(new BufferedReader(new InputStreamReader(Channels.newInputStream(channel),
                    StandardCharsets.UTF_8)).readLine());
        } catch (IOException refused) {
            try {
                Files.deleteIfExists(socket);
            } catch (IOException e) {
                log.debug("Cannot remove the stale control socket {}", socket, e);
            }
            return false;
        }
    }

    /** Asks the platform behind {@code socket} to write a backup into {@code target}, echoing its report; true if it did. */
    static boolean requestBackup(Path socket, Path target, PrintStream report) throws IOException {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(StandardCharsets.UTF_8.encode("backup " + target + "\n"));
            BufferedReader in = new BufferedReader(new InputStreamReader(Channels.newInputStream(channel), StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals(DONE)) {
                    return true;
                }
                report.println(line.startsWith(FAILED) ? "Backup failed: " + line.substring(FAILED.length()) : line);
            }
            return false;
        }
    }
}
