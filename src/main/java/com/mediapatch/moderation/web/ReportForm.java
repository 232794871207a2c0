package com.mediapatch.moderation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.mediapatch.moderation.ReportCategory;
import com.mediapatch.moderation.TargetType;

/**
 * A report, from the form or the API.
 *
 * @param type what is reported
 * @param target the member's handle (with or without @), the message or conversation id, or kind:id for a contributed target
 * @param category why
 * @param comment what moderators should know, optional
 */
public record ReportForm(@NotNull(message = "Say what you are reporting.") TargetType type,
        @NotBlank(message = "Say what you are reporting.") @Size(max = 100) String target,
        @NotNull(message = "Choose what is wrong.") ReportCategory category,
        @Size(max = 1000, message = "Use at most 1000 characters.") String comment) {
}
