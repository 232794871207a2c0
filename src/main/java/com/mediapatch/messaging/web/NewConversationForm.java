package com.mediapatch.messaging.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Start a direct conversation with the member of this handle. */
public record NewConversationForm(@NotBlank(message = "Enter the member's handle.") @Size(max = 40) String handle) {

    public static final NewConversationForm EMPTY = new NewConversationForm("");

    /** The handle without a leading @. */
    public String cleanHandle() {
        return withoutAt(handle);
    }

    /** A typed handle, stripped, without a leading @. */
    static String withoutAt(String typed) {
        String h = typed == null ? "" : typed.strip();
        return h.startsWith("@") ? h.substring(1) : h;
    }
}
