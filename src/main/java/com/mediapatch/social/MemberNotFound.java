package com.mediapatch.social;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.springframework.http.HttpStatus;

/** No member with that handle the caller may reach (unknown, or cut off by a block, which is never revealed). */
public class MemberNotFound extends DomainProblem {

    public static final ProblemType TYPE = new ProblemType("member-not-found", "Member not found", HttpStatus.NOT_FOUND,
            "No member has this handle, or you may not reach them.");

    public MemberNotFound(String detail) {
        super(TYPE, detail);
    }
}
