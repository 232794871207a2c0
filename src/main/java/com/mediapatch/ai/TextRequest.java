package com.mediapatch.ai;

import java.util.List;

/**
 * A request for text: the member's prompt, optional instructions, and documents the answer must stay within
 * (retrieved passages are quoted as data, never followed as instructions).
 *
 * @param instructions what the assistant is for, or empty
 * @param prompt what the member asked
 * @param documents passages to answer from, possibly none
 */
public record TextRequest(String instructions, String prompt, List<String> documents) {

    public TextRequest {
        instructions = instructions == null ? "" : instructions;
        prompt = prompt == null ? "" : prompt;
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public static TextRequest of(String prompt) {
        return new TextRequest("", prompt, List.of());
    }

    /** The characters sent, which the prompt size limit counts. */
    public int length() {
        return instructions.length() + prompt.length() + documents.stream().mapToInt(String::length).sum();
    }
}
