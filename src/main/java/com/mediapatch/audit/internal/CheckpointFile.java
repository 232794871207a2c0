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
 * A restore record is the word "restored", origin, size, root, time, the reason (base64) and
 * its signature. Lines are only ever added, under a file lock, and forced to disk before the
 * call returns. Witness files use the same format.
 */
public class CheckpointFile {

    /**
     * One line of the file.
     *
     * @param number line number, from 1
     * @param checkpoint what it says, or null when unreadable
     * @param restoredReason for a restore record, why the log was restored; null for a checkpoint
     * @param problem why it is unreadable, or null
     */
    public record Line(int number, Checkpoint checkpoint, String restoredReason, String problem) {

        public boolean restore() {
            return restoredReason != null;
        }

        String text() {
            return restore() ? formatRestore(checkpoint, restoredReason) : format(checkpoint);
        }
    }

    private static final int TAIL_BYTES = 16 * 1024;

    private final Path file;

    public CheckpointFile(Path file) {
        this.file = file;
    }

    public void append(Checkpoint checkpoint) {
        appendLine(format(checkpoint));
    }

    public void appendRestore(Checkpoint record, String reason) {
        appendLine(formatRestore(record, reason));
    }

    public Path path() {
        return file;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    synchronized void appendLine(String line) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
                channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
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

    /** The lines in the file's last 16 KiB, cheap however long the file is (line numbers are 0). */
    public List<Line> tail() {
        if (!exists()) {
            return List.of();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = Math.max(0, channel.size() - TAIL_BYTES);
            ByteBuffer buffer = ByteBuffer.allocate((int) (channel.size() - start));
            channel.read(buffer, start);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(text.split("\n")));
            if (start > 0 && !lines.isEmpty()) {
                lines.remove(0);
            }
            return lines.stream().filter(line -> !line.isEmpty()).map(line -> parse(0, line)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the checkpoint file " + file, e);
        }
    }

    static String format(Checkpoint checkpoint) {
        return String.join(" ", checkpoint.origin(), Long.toString(checkpoint.size()),
                Base64.getEncoder().encodeToString(TreeHashes.fromHex(checkpoint.root())), checkpoint.at().toString(),
                checkpoint.signature());
    }

    static String formatRestore(Checkpoint record, String reason) {
        return String.join(" ", "restored", record.origin(), Long.toString(record.size()),
                Base64.getEncoder().encodeToString(TreeHashes.fromHex(record.root())), record.at().toString(),
                Base64.getEncoder().encodeToString(reason.getBytes(StandardCharsets.UTF_8)), record.signature());
    }

    static Line parse(int number, String text) {
        String[] fields = text.split(" ", -1);
        if (fields.length == 7 && fields[0].equals("restored")) {
            Line inner = parse(number, String.join(" ", fields[1], fields[2], fields[3], fields[4], fields[6]));
            try {
                String reason = new String(Base64.getDecoder().decode(fields[5]), StandardCharsets.UTF_8);
                return inner.checkpoint() == null ? inner : new Line(number, inner.checkpoint(), reason, null);
            } catch (IllegalArgumentException e) {
                return new Line(number, null, null, "the restore reason is not base64");
            }
        }
        if (fields.length != 5) {
            return new Line(number, null, null, "expected 5 fields separated by spaces, found " + fields.length);
        }
        try {
            long size = Long.parseLong(fields[1]);
            byte[] root = Base64.getDecoder().decode(fields[2]);
            if (size < 0 || root.length != TreeHashes.SIZE) {
                return new Line(number, null, null, "size must not be negative and the root must be 32 bytes");
            }
            Base64.getDecoder().decode(fields[4]);
            return new Line(number, new Checkpoint(fields[0], size, TreeHashes.hex(root), Instant.parse(fields[3]),
                    fields[4]), null, null);
        } catch (NumberFormatException e) {
            return new Line(number, null, null, "size is not a number: " + fields[1]);
        } catch (DateTimeParseException e) {
            return new Line(number, null, null, "time is not an ISO 8601 instant: " + fields[3]);
        } catch (IllegalArgumentException e) {
            return new Line(number, null, null, "root or signature is not base64");
        }
    }
}
