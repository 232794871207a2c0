package com.mediapatch.moderation.web;

import java.util.List;

import com.mediapatch.moderation.Resolution;
import com.mediapatch.moderation.internal.CaseFile;
import com.mediapatch.moderation.internal.ReportedContent;
import com.mediapatch.shared.web.FormErrors;

/**
 * One case: the reports, the reported content, notes and the decision form.
 *
 * @param file the case
 * @param about what it is about, in words
 * @param reports the reports with their reporters' names
 * @param notes the notes with their authors' names
 * @param content the reported content
 * @param claimedBy who holds it, or null
 * @param mine whether the viewer holds it
 * @param resolve the decision form's values so far
 * @param errors what is wrong with the last decision
 */
public record CasePage(CaseFile.Case file, String about, List<Named<CaseFile.Report>> reports,
        List<Named<CaseFile.Note>> notes, ReportedContent.Content content, String claimedBy, boolean mine,
        ResolveForm resolve, FormErrors errors) {

    /** Something with the display name of the member behind it. */
    public record Named<T>(T item, String name) {
    }

    /** The actions that fit the case: hiding only messages and contributed content, warning and suspending only where a member is behind it. */
    public List<Resolution> resolutions() {
        return switch (file.targetType()) {
            case MEMBER -> List.of(Resolution.DISMISS, Resolution.WARN, Resolution.SUSPEND);
            case MESSAGE -> List.of(Resolution.values());
            case CONVERSATION -> List.of(Resolution.DISMISS);
            case CONTRIBUTED -> List.of(Resolution.values());
        };
    }

    public long laterReports() {
        return reports.stream().filter(report -> report.item().afterClose()).count();
    }
}
