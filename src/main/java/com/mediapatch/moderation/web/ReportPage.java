package com.mediapatch.moderation.web;

import java.util.List;

import com.mediapatch.moderation.ReportCategory;
import com.mediapatch.shared.web.FormErrors;

/**
 * The report form for one target.
 *
 * @param form the values so far
 * @param description what is being reported, in words
 * @param errors what is wrong with the last submission
 */
public record ReportPage(ReportForm form, String description, FormErrors errors) {

    public List<ReportCategory> categories() {
        return List.of(ReportCategory.values());
    }

    public boolean chosen(ReportCategory category) {
        return form.category() == category;
    }
}
