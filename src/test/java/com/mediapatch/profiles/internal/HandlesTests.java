package com.mediapatch.profiles.internal;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HandlesTests {

    @Test
    void suggestionsAreReadableAsciiSlugs() {
        assertThat(Handles.suggest("Zoë Brontë-Smith", taken -> false)).isEqualTo("zoe-bronte-smith");
        assertThat(Handles.suggest("  The   Paper Lanterns!! ", taken -> false)).isEqualTo("the-paper-lanterns");
        assertThat(Handles.suggest("音楽", taken -> false)).isEqualTo("member");
        assertThat(Handles.suggest("DJ", taken -> false)).isEqualTo("member-dj");
    }

    @Test
    void takenSuggestionsGetANumber() {
        Set<String> taken = Set.of("drummer", "drummer-2");
        assertThat(Handles.suggest("Drummer", taken::contains)).isEqualTo("drummer-3");
    }

    @Test
    void suggestionsAreAlwaysValidHandles() {
        for (String name : new String[] {"A", "Zoë", "x".repeat(100), "--weird--", "Ünïcödé Nämé 123"}) {
            assertThat(Handles.isValid(Handles.suggest(name, taken -> false))).as(name).isTrue();
        }
    }

    @Test
    void validationRejectsWhatWouldBreakAddresses() {
        assertThat(Handles.isValid("good-handle-1")).isTrue();
        assertThat(Handles.isValid("ab")).isFalse();
        assertThat(Handles.isValid("-leading")).isFalse();
        assertThat(Handles.isValid("double--hyphen")).isFalse();
        assertThat(Handles.isValid("UPPER")).isFalse();
        assertThat(Handles.isValid("with space")).isFalse();
        assertThat(Handles.isValid("a".repeat(31))).isFalse();
    }
}
