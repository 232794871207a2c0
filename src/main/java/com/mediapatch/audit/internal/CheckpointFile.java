package com.mediapatch.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.mediapatch.audit.Checkpoint;

/**
 * The append-only text file of checkpoints, one per line:
 * origin, size, root (base64), time (ISO 8601) and signature (base64), separated by spaces.
 * Lines are only ever added, under a file lock, and forced to disk before the call returns.
 */
public class CheckpointFile {

    /**
     * One line of the file.
     *
     * @param number line number, from 1
     * @param checkpoint what it says, or null when unreadable
     * @param problem why it is unreadable, or null
     */
    public record Line(int number, Checkpoint checkpoint, String problem) {
    }

    private final Path file;

    public CheckpointFile(Path file) {
        this.file = file;
    }

    public synchronized void append(Checkpoint checkpoint) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
                channel.write(ByteBuffer.wrap((format(checkpoint) + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the checkpoint file " + file, e);
        }
    }

    public List<Line> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<Line> read = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                read.add(parse(i + 1, lines.get(i)));
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint file " + file, e);
        }
    }

    static String format(Checkpoint checkpoint) {
        return String.join(" ", checkpoint.origin(), Long.toString(checkpoint.size()),
                Base64.getEncoder().encodeToString(TreeHashes.fromHex(checkpoint.root())), checkpoint.at().toString(),
                checkpoint.signature());
    }

    static Line parse(int number, String text) {
        String[] fields = text.split(" ", -1);
        if (fields.length != 5) {
            return new Line(number, null, "expected 5 fields separated by spaces, found " + fields.length);
        }
        try {
            long size = Long.parseLong(fields[1]);
            byte[] root = Base64.getDecoder().decode(fields[2]);
            if (size < 0 || root.length != TreeHashes.SIZE) {
                return new Line(number, null, "size must not be negative and the root must be 32 bytes");
            }
            Base64.getDecoder().decode(fields[4]);
            return new Line(number, new Checkpoint(fields[0], size, TreeHashes.hex(root), Instant.parse(fields[3]),
                    fields[4]), null);
        } catch (NumberFormatException e) {
            return new Line(number, null, "size is not a number: " + fields[1]);
        } catch (DateTimeParseException e) {
            return new Line(number, null, "time is not an ISO 8601 instant: " + fields[3]);
        } catch (IllegalArgumentException e) {
            return new Line(number, null, "root or signature is not base64");
        }
    }
}
