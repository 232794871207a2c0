package com.mediapatch.moderation.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.mediapatch.identity.AccountId;
import com.mediapatch.moderation.ModerationRoutes;
import com.mediapatch.moderation.TargetType;
import com.mediapatch.moderation.internal.CaseFile;
import com.mediapatch.shared.KeysetPage;
import com.mediapatch.shared.PageCursor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The queue of open cases, for moderators and God: a keyset page at a time, in three statements however long. */
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
    String queue(@RequestParam(required = false) String after, Model model) {
        KeysetPage<CaseFile.Summary> page = cases.openCases(PageCursor.parse(after), QUEUE_SIZE);
        Map<AccountId, String> named = names.of(page.items().stream().map(CaseFile.Summary::file)
                .flatMap(file -> Stream.of(file.targetType() == TargetType.MEMBER ? new AccountId(file.targetId()) : null,
                        file.claimedBy()))
                .filter(Objects::nonNull).distinct().toList());
        List<QueuePage.Entry> entries = page.items().stream()
                .map(summary -> new QueuePage.Entry(summary, names.about(summary.file(), named::get),
                        summary.file().claimedBy() == null ? null : named.get(summary.file().claimedBy())))
                .toList();
        model.addAttribute("page", new QueuePage(entries, page.next()));
        return "moderation/queue";
    }
}
