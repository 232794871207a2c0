package com.mediapatch.ai.web;

import java.util.List;

import com.mediapatch.ai.AiAnswer;
import com.mediapatch.ai.Capability;
import com.mediapatch.ai.internal.AiConnection;
import com.mediapatch.ai.internal.AiOverview;
import com.mediapatch.ai.internal.ConnectionKind;
import com.mediapatch.ai.internal.MemberUsage;
import com.mediapatch.shared.web.FormErrors;

/** The typed page records of the AI screens. */
public final class AiPages {

    private AiPages() {
    }

    /** God Mode's AI panel, with the add-connection form (and its errors when it came back). */
    public record Panel(AiOverview.Panel panel, ConnectionForm form, FormErrors errors, List<ConnectionKind> kinds) {
    }

    /** Editing one connection. */
    public record EditConnection(AiConnection connection, ConnectionForm form, FormErrors errors, List<ConnectionKind> kinds) {
    }

    /**
     * "Try it" for one capability: what was typed, and what came back (or why nothing did).
     *
     * @param answer the answer, or null before a try or when refused
     * @param shown the answer as text for the page
     * @param refusal why nothing answered, or null
     * @param reasons why each link was passed over when nothing answered
     * @param seconds the length asked for music
     * @param files what the try made to play or download (music, stems), none for text answers
     */
    public record TryIt(Capability capability, String prompt, String labels, AiAnswer<?> answer, String shown, String refusal,
            List<String> reasons, int seconds, List<TriedFile> files) {

        public static final List<Integer> LENGTHS = List.of(10, 20, 30, 60);

        public static TryIt empty(Capability capability) {
            return new TryIt(capability, "", "", null, null, null, List.of(), LENGTHS.get(1), List.of());
        }

        /** Whether the form sends a recording rather than text. */
        public boolean takesAudio() {
            return capability == Capability.STEMS;
        }
    }

    /** A file a try made: its label, where it is fetched, and whether the page plays it. */
    public record TriedFile(String label, String href, boolean playable) {
    }

    /** A member's own usage. */
    public record Usage(MemberUsage.Summary summary) {
    }
}
