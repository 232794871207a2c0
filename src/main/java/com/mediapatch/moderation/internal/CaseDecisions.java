package com.mediapatch.moderation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.mediapatch.audit.AuditableAction;
import com.mediapatch.identity.AccountAdministration;
import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.MessageModeration;
import com.mediapatch.moderation.ModerationProblem;
import com.mediapatch.moderation.Resolution;
import com.mediapatch.moderation.ReportableTarget;
import com.mediapatch.moderation.TargetType;
import com.mediapatch.notifications.NotificationRaised;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderators do with a case: claim it, write notes, resolve it with an action. Claims and
 * resolutions are audited; reporters hear that their report was reviewed (not the sanction),
 * and a warned member gets the warning.
 */
@Service
public class CaseDecisions {

    static final String TOOK_ACTION = "Thanks — we reviewed your report and took action.";
    static final String NO_RULE_BROKEN = "Thanks — we reviewed your report and found no rule broken.";
    static final String OUTCOME = "moderation-outcome";
    private static final String OUTCOME_LINK = "/notifications";

    private final CaseFile cases;
    private final ObjectProvider<MessageModeration> messages;
    private final ContributedTargets contributed;
    private final AccountAdministration accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseDecisions(CaseFile cases, ObjectProvider<MessageModeration> messages, ContributedTargets contributed,
            AccountAdministration accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.messages = messages;
        this.contributed = contributed;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** What a moderator decided: the action, why, the warning text (WARN) and days (SUSPEND). */
    public record Decision(Resolution action, String reason, String warning, int days) {
    }

    @Transactional
    public void claim(AccountId moderator, UUID caseId) {
        CaseFile.Case file = open(caseId);
        if (!cases.claim(caseId, moderator, clock.instant())) {
            throw new ModerationProblem(ModerationProblem.CASE_ALREADY_CLAIMED);
        }
        events.publishEvent(AuditableAction.of(clock.instant(), "member:" + moderator, "moderation.case-claimed",
                "case:" + caseId, null, Map.of("target", target(file))));
    }

    @Transactional
    public void note(AccountId moderator, UUID caseId, String text) {
        open(caseId);
        cases.addNote(caseId, moderator, text.strip(), clock.instant());
    }

    @Transactional
    public void resolve(AccountId moderator, UUID caseId, Decision decision) {
        CaseFile.Case file = open(caseId);
        Instant now = clock.instant();
        AccountId member = memberBehind(file);
        if (!cases.close(caseId, moderator, now, decision.action(), decision.reason())) {
            throw new ModerationProblem(ModerationProblem.CASE_CLOSED);
        }
        switch (decision.action()) {
            case DISMISS -> {
            }
            case WARN -> events.publishEvent(new NotificationRaised(require(member), OUTCOME,
                    "A moderator has warned you: " + decision.warning().strip(), OUTCOME_LINK, null, now));
            case HIDE_MESSAGE -> {
                boolean hidden = file.targetType() == TargetType.CONTRIBUTED
                        ? contributed.of(file.kind()).map(target -> target.hide(file.targetId(), moderator)).orElse(false)
                        : file.targetType() == TargetType.MESSAGE && messages.getIfAvailable() != null
                                && messages.getObject().hide(file.targetId(), moderator, decision.reason());
                if (!hidden) {
                    throw new ModerationProblem(ModerationProblem.ACTION_NOT_APPLICABLE);
                }
            }
            case SUSPEND -> accounts.suspend(require(member), now.plus(Duration.ofDays(decision.days())),
                    decision.reason(), moderator);
        }
        String outcome = decision.action() == Resolution.DISMISS ? NO_RULE_BROKEN : TOOK_ACTION;
        cases.reporters(caseId).forEach(reporter -> events.publishEvent(
                new NotificationRaised(reporter, OUTCOME, outcome, OUTCOME_LINK, null, now)));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("action", decision.action().name());
        details.put("target", target(file));
        if (decision.action() == Resolution.SUSPEND) {
            details.put("days", String.valueOf(decision.days()));
        }
        events.publishEvent(AuditableAction.of(now, "member:" + moderator, "moderation.case-resolved", "case:" + caseId,
                decision.reason(), details));
    }

    static String target(CaseFile.Case file) {
        return (file.kind() != null ? file.kind() : file.targetType().name().toLowerCase()) + ":" + file.targetId();
    }

    private CaseFile.Case open(UUID caseId) {
        CaseFile.Case file = cases.find(caseId).orElseThrow(CaseNotFound::new);
        if (!file.open()) {
            throw new ModerationProblem(ModerationProblem.CASE_CLOSED);
        }
        return file;
    }

    /** The member a case is about: the reported member, or the author of the reported message. */
    private AccountId memberBehind(CaseFile.Case file) {
        return switch (file.targetType()) {
            case MEMBER -> new AccountId(file.targetId());
            case MESSAGE -> messages.getIfAvailable() == null ? null
                    : messages.getObject().message(file.targetId()).map(MessageModeration.ReportedMessage::author).orElse(null);
            case CONVERSATION -> null;
            case CONTRIBUTED -> contributed.of(file.kind()).flatMap(target -> target.review(file.targetId()))
                    .map(ReportableTarget.Review::owner).orElse(null);
        };
    }

    private static AccountId require(AccountId member) {
        if (member == null) {
            throw new ModerationProblem(ModerationProblem.ACTION_NOT_APPLICABLE);
        }
        return member;
    }
}
