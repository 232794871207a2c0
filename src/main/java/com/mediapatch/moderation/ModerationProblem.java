package com.mediapatch.moderation;

import java.util.List;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.springframework.http.HttpStatus;

/** Why a report or a moderation step was refused; each fact has its own problem type. */
public class ModerationProblem extends DomainProblem {

    public static final ProblemType REPORT_TARGET_NOT_FOUND = new ProblemType("report-target-not-found",
            "Nothing to report there", HttpStatus.NOT_FOUND,
            "The member, message or conversation does not exist, or you cannot see it.");
    public static final ProblemType CANNOT_REPORT_YOURSELF = new ProblemType("cannot-report-yourself",
            "You cannot report yourself", HttpStatus.UNPROCESSABLE_CONTENT, "Reports are about other members.");
    public static final ProblemType CASE_ALREADY_CLAIMED = new ProblemType("case-already-claimed",
            "Case already claimed", HttpStatus.CONFLICT, "Another moderator is already working on this case.");
    public static final ProblemType CASE_CLOSED = new ProblemType("case-closed", "Case closed", HttpStatus.CONFLICT,
            "This case has already been resolved.");
    public static final ProblemType ACTION_NOT_APPLICABLE = new ProblemType("moderation-action-not-applicable",
            "Action does not fit this case", HttpStatus.UNPROCESSABLE_CONTENT,
            "Hiding works on reported messages; warning and suspending need a member behind the report.");

    /** Every type above, for the problem catalogue. */
    public static final List<ProblemType> TYPES = List.of(REPORT_TARGET_NOT_FOUND, CANNOT_REPORT_YOURSELF,
            CASE_ALREADY_CLAIMED, CASE_CLOSED, ACTION_NOT_APPLICABLE);

    public ModerationProblem(ProblemType type) {
        super(type, type.description());
    }

    public ModerationProblem(ProblemType type, String detail) {
        super(type, detail);
    }
}
