package com.mediapatch.ai;

import com.mediapatch.shared.web.PageScript;

/** The scripts the AI pages need besides the shell's own. */
public final class AiScripts {

    /** "Try it" for text: streams the answer into the page as it is written. */
    public static final PageScript TRY_STREAM = new PageScript("/js/ai-try.js");

    private AiScripts() {
    }
}
