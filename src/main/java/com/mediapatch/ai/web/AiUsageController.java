package com.mediapatch.ai.web;

import com.mediapatch.ai.AiCaller;
import com.mediapatch.ai.AiRoutes;
import com.mediapatch.ai.internal.MemberUsage;
import com.mediapatch.identity.Member;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A member's own AI usage, under Settings. */
@Controller
class AiUsageController {

    private final MemberUsage usage;

    AiUsageController(MemberUsage usage) {
        this.usage = usage;
    }

    @GetMapping(AiRoutes.MY_USAGE)
    String usage(@AuthenticationPrincipal Member me, Model model) {
        model.addAttribute("page", new AiPages.Usage(usage.of(AiCaller.of(me))));
        return "ai/usage";
    }
}
