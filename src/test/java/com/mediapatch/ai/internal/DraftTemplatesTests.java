package com.mediapatch.ai.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.mediapatch.ai.TextReply;
import com.mediapatch.ai.TextRequest;

import org.junit.jupiter.api.Test;

class DraftTemplatesTests {

    private final OfflineText offline = new OfflineText();

    @Test
    void anAdIsDraftedAroundTheMembersOwnWordsWithTheGapsMarked() {
        TextReply reply = offline.generate(TextRequest.of("Write an ad for a drummer for our doom band in Leeds"), piece -> { });

        assertThat(reply.text()).startsWith(DraftTemplates.NOTICE)
                .contains("Title: A drummer for our doom band in Leeds\n", "A drummer for our doom band in Leeds.",
                        "Where: [town or city, or remote]");
        assertThat(reply.model()).isEqualTo(DraftTemplates.MODEL);
    }

    @Test
    void eachShapeHasItsOwnTemplate() {
        assertThat(DraftTemplates.draft("please draft my bio: bassist and producer").orElseThrow())
                .contains("Bassist and producer.", "[Two or three records");
        assertThat(DraftTemplates.draft("Help me write an event description about a jazz jam every Thursday").orElseThrow())
                .contains("A jazz jam every Thursday.", "Doors at [time]");
        assertThat(DraftTemplates.draft("write a message saying we loved your set!").orElseThrow())
                .contains("Hi [name],\n\nWe loved your set.", "[your name]");
    }

    @Test
    void askingForAShapeWithoutWordsLeavesAllOfItToFillIn() {
        assertThat(DraftTemplates.draft("write an ad").orElseThrow()).contains("Title: [What you offer or want, in a few words]");
    }

    @Test
    void questionsAndOtherRequestsAreNotTemplates() {
        assertThat(DraftTemplates.draft("How do I write an ad?")).isEmpty();
        assertThat(DraftTemplates.draft("Write me a song")).isEmpty();
        assertThat(offline.generate(new TextRequest("", "How do I block someone?", List.of("Block someone from their profile.")),
                piece -> { }).model()).isEqualTo(OfflineText.MODEL);
    }
}
