package com.mediapatch.moderation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.mediapatch.moderation.Resolution;

/**
 * A moderator's decision on a case.
 *
 * @param action what to do
 * @param reason why, for the audit log
 * @param warning the text the member is sent (WARN)
 * @param days how long the suspension lasts (SUSPEND)
 */
public record ResolveForm(@NotNull(message = "Choose an action.") Resolution action,
        @NotBlank(message = "Give a reason; it goes into the audit log.") @Size(max = 1000, message = "Use at most 1000 characters.") String reason,
        @Size(max = 1000, message = "Use at most 1000 characters.") String warning,
        @Min(value = 1, message = "Suspend for 1 to 365 days.") @Max(value = 365, message = "Suspend for 1 to 365 days.") Integer days) {

    static ResolveForm empty() {
        return new ResolveForm(null, "", "", 7);
    }
}
