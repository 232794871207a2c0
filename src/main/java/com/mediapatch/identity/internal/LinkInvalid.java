package com.mediapatch.identity.internal;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.springframework.http.HttpStatus;

/** An emailed link that cannot be used: unknown, already used, or expired. */
public class LinkInvalid extends DomainProblem {

    public static final ProblemType TYPE = new ProblemType("link-invalid", "Link cannot be used",
            HttpStatus.GONE, "The link is unknown, has already been used, or has expired. Ask for a new one.");

    private LinkInvalid(String detail) {
        super(TYPE, detail);
    }

    public static LinkInvalid unknown() {
        return new LinkInvalid("This link is not valid. Check that you copied all of it, or ask for a new one.");
    }

    static LinkInvalid alreadyUsed() {
        return new LinkInvalid("This link has already been used. Each link works once; ask for a new one if you need it.");
    }

    static LinkInvalid expired() {
        return new LinkInvalid("This link has expired. Ask for a new one below.");
    }
}
