package com.mediapatch.ai;

/**
 * What the AI service manager can be asked to do. Each capability has its own chain of links,
 * switch, audience, daily quota and timeout; the unit is what a connection's price is per.
 */
public enum Capability {

    TEXT("Text and chat", "1k tokens", true),
    EMBEDDINGS("Embeddings", "1k tokens", true),
    CLASSIFICATION("Classification", "call", true),
    MUSIC("Music", "track", true),
    STEMS("Stem separation", "audio minute", true),
    IMAGE("Images", "image", false),
    TRANSCRIPTION("Speech to text", "audio minute", false),
    SPEECH("Text to speech", "1k characters", false);

    private final String label;
    private final String unit;
    private final boolean answeredOnThisServer;

    Capability(String label, String unit, boolean answeredOnThisServer) {
        this.label = label;
        this.unit = unit;
        this.answeredOnThisServer = answeredOnThisServer;
    }

    public String label() {
        return label;
    }

    /** What a connection's price is per, for budgets and projections. */
    public String unit() {
        return unit;
    }

    /** Whether an in-process provider answers it without any connection. */
    public boolean hasLocalProvider() {
        return answeredOnThisServer;
    }

    /** The lower-case name used in routes and records. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The capability a route names.
     *
     * @throws AiRefused.UnknownCapability for anything else
     */
    public static Capability fromSlug(String slug) {
        for (Capability capability : values()) {
            if (capability.slug().equals(slug)) {
                return capability;
            }
        }
        throw new AiRefused.UnknownCapability();
    }
}
