package com.mediapatch.site.web;

import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

/**
 * What a person sees when something goes wrong: a plain-words headline, what happened,
 * and where to go next.
 *
 * @param status HTTP status code
 * @param headline short heading
 * @param explanation one or two sentences, never internal detail
 * @param requestId quoted so a report can be matched to the server log
 * @param nextStep the main button when the problem's type offers one (sign in, say), else null
 */
public record ErrorPage(int status, String headline, String explanation, String requestId, ProblemType.NextStep nextStep) {

    ErrorPage(int status, String headline, String explanation, String requestId) {
        this(status, headline, explanation, requestId, null);
    }

    /** The page for a domain problem: its status, its detail as the explanation and its type's next step. */
    static ErrorPage of(DomainProblem problem, String requestId) {
        ErrorPage page = forStatus(problem.type().status().value(), requestId);
        return new ErrorPage(page.status, page.headline, problem.getMessage(), requestId, problem.type().nextStep());
    }

    static ErrorPage forStatus(int status, String requestId) {
        return switch (status) {
            case 404 -> new ErrorPage(404, "We couldn't find that page",
                    "The link may be broken or the page may have moved. Nothing on your side went wrong.",
                    requestId);
            case 401 -> new ErrorPage(401, "Sign in to see this",
                    "This is shared with signed-in members only.", requestId);
            case 403 -> new ErrorPage(403, "That's not open to you",
                    "You don't have permission to see this page. If you think you should, ask a moderator.",
                    requestId);
            case 405 -> new ErrorPage(405, "That action isn't available here",
                    "This page can't be used that way. Try going back and using the buttons on the page.",
                    requestId);
            case 413 -> new ErrorPage(413, "That was too large",
                    "What you sent is bigger than this page accepts. Try a smaller file or shorter text.",
                    requestId);
            case 429 -> new ErrorPage(429, "Slow down a little",
                    "You've made a lot of requests in a short time. Wait a moment and try again.", requestId);
            case 503 -> new ErrorPage(503, "Back in a little while",
                    "The Media Patch is being looked after right now. Please try again in a few minutes.", requestId);
            default -> status >= 500
                    ? new ErrorPage(status, "Something went wrong on our side",
                            "It isn't your fault and it has been logged. Please try again in a moment.", requestId)
                    : new ErrorPage(status, "We couldn't handle that request",
                            "Please go back and try again.", requestId);
        };
    }

    ErrorPage withExplanation(String text) {
        return new ErrorPage(status, headline, text, requestId, nextStep);
    }
}
