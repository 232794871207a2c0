package com.mediapatch.ai.web;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mediapatch.ai.MusicPiece;
import com.mediapatch.identity.AccountId;

import org.springframework.stereotype.Component;

/**
 * Music God composed on the Try page, kept a quarter of an hour in memory (48 MB at most, the oldest leaving first)
 * so the page's player and downloads can fetch it; only whoever composed a piece can fetch it.
 */
@Component
class TriedMusic {

    private static final long MOST_BYTES = 48L << 20;

    private record Kept(AccountId composer, MusicPiece piece) {
    }

    private final Cache<UUID, Kept> pieces = Caffeine.newBuilder().maximumWeight(MOST_BYTES)
            .weigher((UUID id, Kept kept) -> kept.piece().wav().length + kept.piece().midi().length)
            .expireAfterWrite(Duration.ofMinutes(15)).build();

    UUID keep(AccountId composer, MusicPiece piece) {
        UUID id = UUID.randomUUID();
        pieces.put(id, new Kept(composer, piece));
        return id;
    }

    Optional<MusicPiece> of(AccountId viewer, UUID id) {
        return Optional.ofNullable(pieces.getIfPresent(id)).filter(kept -> kept.composer().equals(viewer)).map(Kept::piece);
    }
}
