package com.mediapatch.ai;

import com.mediapatch.shared.web.PageScript;

/** The scripts the AI pages need besides the shell's own. */
public final class AiScripts {

    /** "Try it" for text: streams the answer into the page as it is written. */
    public static final PageScript TRY_STREAM = new PageScript("/js/ai-try.js");

    /** The AI panel: a capability's chain is reordered by dragging its links (the Up and Down buttons stay). */
    public static final PageScript CHAIN_DRAG = new PageScript("/js/ai-chain.js");

    private AiScripts() {
    }
}
