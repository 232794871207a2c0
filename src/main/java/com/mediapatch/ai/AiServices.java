package com.mediapatch.ai;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.ai.internal.AiProperties;
import com.mediapatch.ai.internal.AudioClip;
import com.mediapatch.ai.internal.Attempt;
import com.mediapatch.ai.internal.CapabilitySettings;
import com.mediapatch.ai.internal.CapabilityStore;
import com.mediapatch.ai.internal.ConnectionStore;
import com.mediapatch.ai.internal.EmbeddingClassifier;
import com.mediapatch.ai.internal.InProcessMusic;
import com.mediapatch.ai.internal.InProcessStems;
import com.mediapatch.ai.internal.MiniLmEmbeddings;
import com.mediapatch.ai.internal.OfflineText;
import com.mediapatch.ai.internal.RemoteProtocol;
import com.mediapatch.ai.internal.Router;
import com.mediapatch.ai.internal.StreamedText;
import com.mediapatch.ai.internal.UsageRecord;
import com.mediapatch.ai.internal.UsageStore;

import org.springframework.stereotype.Service;

/**
 * What other modules call for AI: embeddings, classification and text, each answered by its capability's chain.
 * Every answer names the link that answered and where the input went; refusals are {@link AiRefused} facts
 * (switched off, quota reached, prompt too long, nobody could answer).
 */
@Service
public class AiServices {

    /** The length of the vectors {@link #embedInProcess} answers with. */
    public static final int IN_PROCESS_DIMENSIONS = MiniLmEmbeddings.DIMENSIONS;

    private final Router router;
    private final MiniLmEmbeddings localEmbeddings;
    private final OfflineText offlineText;
    private final InProcessMusic music;
    private final CapabilityStore capabilities;
    private final ConnectionStore connections;
    private final UsageStore usage;
    private final AiProperties properties;
    private final java.time.Clock clock;

    AiServices(Router router, MiniLmEmbeddings localEmbeddings, OfflineText offlineText, InProcessMusic music,
            CapabilityStore capabilities, ConnectionStore connections, UsageStore usage, AiProperties properties,
            java.time.Clock clock) {
        this.router = router;
        this.localEmbeddings = localEmbeddings;
        this.offlineText = offlineText;
        this.music = music;
        this.capabilities = capabilities;
        this.connections = connections;
        this.usage = usage;
        this.properties = properties;
        this.clock = clock;
    }

    /** One vector per text, in order. */
    public AiAnswer<List<float[]>> embed(AiCaller caller, List<String> texts) {
        texts.forEach(text -> checkSize(caller, Capability.EMBEDDINGS, text.length()));
        return router.route(Capability.EMBEDDINGS, caller, embedding(texts));
    }

    /**
     * One vector per text from the in-process model only ({@link #IN_PROCESS_DIMENSIONS} numbers each), never a
     * remote link, so vectors kept in a search index stay comparable with each other whatever the chain says.
     * Refused like any call when embeddings are switched off.
     */
    public AiAnswer<List<float[]>> embedInProcess(AiCaller caller, List<String> texts) {
        texts.forEach(text -> checkSize(caller, Capability.EMBEDDINGS, text.length()));
        return router.routeInProcess(Capability.EMBEDDINGS, caller, embedding(texts));
    }

    private Attempt<List<float[]>> embedding(List<String> texts) {
        return new Attempt<>() {
            @Override
            public Outcome<List<float[]>> local() {
                return new Outcome<>(localEmbeddings.embed(texts), localEmbeddings.model(), tokens(texts));
            }

            @Override
            public Outcome<List<float[]>> remote(com.mediapatch.ai.internal.AiConnection connection, String key,
                    RemoteProtocol protocol, java.time.Duration timeout) {
                RemoteProtocol.Embedded embedded = protocol.embed(connection, key, texts, timeout);
                return new Outcome<>(embedded.vectors(), embedded.model(), embedded.tokens());
            }
        };
    }

    /** The labels ranked by how well the text matches their descriptions, best first. */
    public AiAnswer<List<LabelScore>> classify(AiCaller caller, String text, List<LabelChoice> labels) {
        checkSize(caller, Capability.CLASSIFICATION, text.length());
        return router.route(Capability.CLASSIFICATION, caller, new Attempt<>() {
            @Override
            public Outcome<List<LabelScore>> local() {
                return new Outcome<>(new EmbeddingClassifier(localEmbeddings).classify(text, labels), localEmbeddings.model(), 1);
            }

            @Override
            public Outcome<List<LabelScore>> remote(com.mediapatch.ai.internal.AiConnection connection, String key,
                    RemoteProtocol protocol, java.time.Duration timeout) {
                EmbeddingModel remote = new EmbeddingModel() {
                    @Override
                    public List<float[]> embed(List<String> texts) {
                        return protocol.embed(connection, key, texts, timeout).vectors();
                    }

                    @Override
                    public String model() {
                        return connection.embeddingModel();
                    }
                };
                return new Outcome<>(new EmbeddingClassifier(remote).classify(text, labels), connection.embeddingModel(), 1);
            }
        });
    }

    /** A whole answer, without streaming. */
    public AiAnswer<TextReply> chat(AiCaller caller, TextRequest request) {
        return chat(caller, request, TextStream.IGNORED);
    }

    /** An answer streamed to {@code stream} as it is written; the returned answer holds all of it. */
    public AiAnswer<TextReply> chat(AiCaller caller, TextRequest request, TextStream stream) {
        checkSize(caller, Capability.TEXT, request.length());
        return router.route(Capability.TEXT, caller, new StreamedText(offlineText, request, stream));
    }

    /**
     * A piece of music composed from a description and recorded to WAV. Only the in-process composer answers today:
     * connections offer no music, so the chain passes them over.
     */
    public AiAnswer<MusicPiece> compose(AiCaller caller, MusicRequest request) {
        checkSize(caller, Capability.MUSIC, request.description().length());
        return router.route(Capability.MUSIC, caller,
                Attempt.inProcess(() -> new Attempt.Outcome<>(music.compose(request), music.model(), 1)));
    }

    /**
     * A WAV recording (at most {@value AudioClip#LONGEST_SECONDS} seconds) split into its sustained and struck parts.
     *
     * @throws AiRefused.UnsupportedAudio for another format, a longer recording or an odd sample rate (recorded in usage)
     */
    public AiAnswer<Stems> separateStems(AiCaller caller, byte[] wav) {
        AudioClip clip;
        try {
            clip = AudioClip.fromWav(wav);
        } catch (AudioClip.Unreadable unreadable) {
            usage.record(new UsageRecord(clock.instant(), caller.member(), Capability.STEMS, UsageRecord.NO_LINK, "", 0, 0, 0,
                    "unsupported-audio"));
            throw new AiRefused.UnsupportedAudio(unreadable.getMessage());
        }
        return router.route(Capability.STEMS, caller, Attempt.inProcess(() -> new Attempt.Outcome<>(InProcessStems.separate(clip),
                InProcessStems.MODEL, InProcessStems.minutes(clip))));
    }

    /** Whether the caller may use the capability now (on, offered to their role): features hide when it is not. */
    public boolean offers(AiCaller caller, Capability capability) {
        CapabilitySettings settings = capabilities.get(capability);
        return settings.enabled() && (caller.isSite() || settings.audience().admits(caller.authorities()))
                && !settings.chain().isEmpty();
    }

    /** Where the capability's input normally goes: the first switched-on link of its chain. */
    public Privacy privacy(Capability capability) {
        for (String link : capabilities.get(capability).chain()) {
            if (CapabilitySettings.LOCAL.equals(link)) {
                return Privacy.THIS_SERVER;
            }
            Optional<Privacy> remote = connectionPrivacy(link);
            if (remote.isPresent()) {
                return remote.get();
            }
        }
        return Privacy.THIS_SERVER;
    }

    private Optional<Privacy> connectionPrivacy(String link) {
        try {
            return connections.find(UUID.fromString(link)).filter(connection -> connection.enabled())
                    .map(connection -> connection.privacy());
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private void checkSize(AiCaller caller, Capability capability, int length) {
        if (length > properties.maxPromptChars()) {
            Instant now = clock.instant();
            usage.record(new UsageRecord(now, caller.member(), capability, UsageRecord.NO_LINK, "", 0, 0, 0, "too-long"));
            throw new AiRefused.PromptTooLong(properties.maxPromptChars());
        }
    }

    private static long tokens(List<String> texts) {
        return RemoteProtocol.estimateTokens(texts.stream().mapToInt(String::length).sum());
    }
}
