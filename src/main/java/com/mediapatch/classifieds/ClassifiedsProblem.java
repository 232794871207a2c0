package com.mediapatch.classifieds;

import java.util.List;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.springframework.http.HttpStatus;

/** Why the classifieds refused a request; each fact has its own problem type. */
public abstract class ClassifiedsProblem extends DomainProblem {

    public static final ProblemType NOT_FOUND = new ProblemType("ad-not-found", "Ad not found", HttpStatus.NOT_FOUND,
            "There is no such ad, or it is not yours to see.");
    public static final ProblemType CATEGORY_NOT_FOUND = new ProblemType("ad-category-not-found",
            "No such category", HttpStatus.NOT_FOUND, "Ads are listed in seven categories; this is none of them.");
    public static final ProblemType SAVED_SEARCH_NOT_FOUND = new ProblemType("saved-search-not-found",
            "Saved search not found", HttpStatus.NOT_FOUND, "You have no saved search with this id.");
    public static final ProblemType TOO_MANY_SAVED = new ProblemType("too-many-saved-searches", "Too many saved searches",
            HttpStatus.UNPROCESSABLE_CONTENT, "You can keep 20 saved searches. Delete one first.");
    public static final ProblemType TOO_MANY_ACTIVE = new ProblemType("too-many-active-ads", "Too many active ads",
            HttpStatus.UNPROCESSABLE_CONTENT,
            "You already have 10 active ads (drafts and published ads). Close or delete one first.");
    public static final ProblemType DUPLICATE = new ProblemType("duplicate-ad", "Same ad posted twice",
            HttpStatus.UNPROCESSABLE_CONTENT,
            "You posted an ad with the same title and text in the last 24 hours. Change it, or renew the first one.");
    public static final ProblemType WRONG_STEP = new ProblemType("ad-step-not-applicable", "Not possible for this ad",
            HttpStatus.CONFLICT, "This ad is not in a state that allows that step (for example, a filled ad cannot be renewed).");
    public static final ProblemType INVALID = new ProblemType("ad-invalid", "Ad not accepted",
            HttpStatus.UNPROCESSABLE_CONTENT, "Some fields of the ad are missing or not valid.");

    /** Every type above, for the problem catalogue. */
    public static final List<ProblemType> TYPES = List.of(NOT_FOUND, CATEGORY_NOT_FOUND, SAVED_SEARCH_NOT_FOUND, TOO_MANY_SAVED, TOO_MANY_ACTIVE, DUPLICATE, WRONG_STEP, INVALID);

    protected ClassifiedsProblem(ProblemType type, String detail) {
        super(type, detail);
    }
}
