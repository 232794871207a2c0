package com.mediapatch.godmode.web;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/** An audit entry number in a God Mode address that names no entry. */
class AuditEntryNotFound extends DomainProblem {

    AuditEntryNotFound() {
        super(ProblemType.NOT_FOUND, "No audit entry has that number.");
    }
}
