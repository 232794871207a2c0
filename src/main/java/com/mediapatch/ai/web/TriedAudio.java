package com.mediapatch.ai.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mediapatch.identity.AccountId;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Files God made on a Try page (composed music, separated stems), kept a quarter of an hour in memory (48 MB at
 * most, the oldest leaving first) so the page's players and downloads can fetch them; only whoever made them can.
 */
@Component
class TriedAudio {

    private static final long MOST_BYTES = 48L << 20;

    /** One file made by a try: its name in the address, what it is, and its bytes. */
    record File(String name, String label, MediaType type, byte[] bytes) {

        static File wav(String name, String label, byte[] bytes) {
            return new File(name + ".wav", label, MediaType.parseMediaType("audio/wav"), bytes);
        }

        boolean playable() {
            return name.endsWith(".wav");
        }
    }

    private record Kept(AccountId owner, List<File> files) {

        long bytes() {
            return files.stream().mapToLong(file -> file.bytes().length).sum();
        }
    }

    private final Cache<UUID, Kept> tries = Caffeine.newBuilder().maximumWeight(MOST_BYTES)
            .weigher((UUID id, Kept kept) -> (int) Math.min(Integer.MAX_VALUE, kept.bytes()))
            .expireAfterWrite(Duration.ofMinutes(15)).build();

    UUID keep(AccountId owner, List<File> files) {
        UUID id = UUID.randomUUID();
        tries.put(id, new Kept(owner, List.copyOf(files)));
        return id;
    }

    Optional<File> file(AccountId viewer, UUID id, String name) {
        return Optional.ofNullable(tries.getIfPresent(id)).filter(kept -> kept.owner().equals(viewer))
                .flatMap(kept -> kept.files().stream().filter(file -> file.name().equals(name)).findFirst());
    }
}
