package com.mediapatch.moderation.web;

import com.mediapatch.moderation.ModerationRoutes;
import com.mediapatch.moderation.internal.CaseFile;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The queue of open cases, for moderators and God. */
@Controller
@PreAuthorize("hasAuthority('moderation.review')")
class ModerationQueueController {

    static final int QUEUE_SIZE = 100;

    private final CaseFile cases;
    private final Names names;

    ModerationQueueController(CaseFile cases, Names names) {
        this.cases = cases;
        this.names = names;
    }

    @GetMapping(ModerationRoutes.QUEUE)
    String queue(Model model) {
        model.addAttribute("page", new QueuePage(cases.openCases(QUEUE_SIZE).stream()
                .map(summary -> new QueuePage.Entry(summary, names.about(summary.file()),
                        summary.file().claimedBy() == null ? null : names.of(summary.file().claimedBy())))
                .toList()));
        return "moderation/queue";
    }
}
