package com.mediapatch.audit.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalJsonTests {

    @Test
    void keysAreSortedAndThereIsNoWhitespace() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("seq", 12L);
        object.put("actor", "member:1");
        object.put("details", Map.of("zeta", "z", "alpha", "a"));
        object.put("target", null);
        object.put("ok", true);

        assertThat(CanonicalJson.write(object))
                .isEqualTo("{\"actor\":\"member:1\",\"details\":{\"alpha\":\"a\",\"zeta\":\"z\"},\"ok\":true,\"seq\":12,\"target\":null}");
    }

    @Test
    void keysAreSortedByUtf16CodeUnitsAsRfc8785Says() {
        Map<String, Object> object = new HashMap<>();
        object.put("\u20ac", "euro");
        object.put("\r", "carriage return");
        object.put("\ud83d\ude00", "emoji");
        object.put("1", "one");
        object.put("\u00f6", "o umlaut");

        assertThat(CanonicalJson.write(object)).isEqualTo(
                "{\"\\r\":\"carriage return\",\"1\":\"one\",\"\u00f6\":\"o umlaut\",\"\u20ac\":\"euro\",\"\ud83d\ude00\":\"emoji\"}");
    }

    @Test
    void stringsEscapeOnlyWhatJsonRequires() {
        String text = "quote\" backslash\\ slash/ tab\t newline\n bell\u0007 \u00fcber \u2028 \ud83c\udfb8";

        assertThat(CanonicalJson.write(Map.of("s", text))).isEqualTo(
                "{\"s\":\"quote\\\" backslash\\\\ slash/ tab\\t newline\\n bell\\u0007 \u00fcber \u2028 \ud83c\udfb8\"}");
    }

    @Test
    void loneSurrogatesAreEscapedSoTheTextIsValidUtf8() {
        String json = CanonicalJson.write(Map.of("s", "a\ud800b"));

        assertThat(json).isEqualTo("{\"s\":\"a\\ud800b\"}");
        assertThat(new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(json);
    }

    @Test
    void equalValuesGiveEqualTextWhateverTheMapOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("b", 1L);
        one.put("a", 2L);
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("a", 2L);
        other.put("b", 1L);

        assertThat(CanonicalJson.write(one)).isEqualTo(CanonicalJson.write(other));
    }

    @Test
    void whatIsWrittenReadsBackToTheSameValues() {
        Map<String, Object> object = new HashMap<>();
        object.put("text", "line\nbreak \"quoted\" \u00e9 \ud83c\udfb5 \u0001");
        object.put("number", -42L);
        object.put("flag", false);
        object.put("nothing", null);
        object.put("nested", Map.of("k", "v"));

        Map<String, Object> read = JsonReader.object(CanonicalJson.write(object));

        assertThat(read).isEqualTo(object);
        assertThat(CanonicalJson.write(read)).isEqualTo(CanonicalJson.write(object));
    }

    @Test
    void malformedTextIsRefusedWithItsOffset() {
        assertThatThrownBy(() -> JsonReader.object("{\"a\":1,}")).isInstanceOf(JsonReader.Malformed.class)
                .hasMessageContaining("offset 7");
        assertThatThrownBy(() -> JsonReader.object("{\"a\":[1]}")).isInstanceOf(JsonReader.Malformed.class);
        assertThatThrownBy(() -> JsonReader.object("{\"a\":1.5}")).isInstanceOf(JsonReader.Malformed.class);
        assertThatThrownBy(() -> JsonReader.object("{\"a\":\"\\x\"}")).isInstanceOf(JsonReader.Malformed.class);
        assertThatThrownBy(() -> JsonReader.object("{\"a\":\"\\u12\"}")).isInstanceOf(JsonReader.Malformed.class);
        assertThatThrownBy(() -> JsonReader.object("{\"a\":1,\"a\":2}")).isInstanceOf(JsonReader.Malformed.class)
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> JsonReader.object("{\"a\":1} ")).isInstanceOf(JsonReader.Malformed.class);
        assertThatThrownBy(() -> JsonReader.object("{\"a\"")).isInstanceOf(JsonReader.Malformed.class);
        assertThatThrownBy(() -> JsonReader.object(null)).isInstanceOf(JsonReader.Malformed.class);
    }
}
