package com.mediapatch.messaging;

import com.mediapatch.shared.web.PageScript;

/** The scripts messaging's pages need besides the shell's own, imported by their templates. */
public final class MessagingScripts {

    /** A conversation live: new, edited and deleted messages, read receipts, typing. */
    public static final PageScript CONVERSATION = new PageScript("/js/messages.js");

    private MessagingScripts() {
    }
}
