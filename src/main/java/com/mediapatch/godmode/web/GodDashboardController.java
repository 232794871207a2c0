package com.mediapatch.godmode.web;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.godmode.GodModeRoutes;
import com.mediapatch.godmode.internal.GodGate;
import com.mediapatch.godmode.internal.GodModeRefused;
import com.mediapatch.godmode.internal.Overview;
import com.mediapatch.identity.Member;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The God Mode front door: the overview, or for a God address not yet set up, what is missing. */
@Controller
class GodDashboardController {

    private final GodGate gate;
    private final Overview overview;

    GodDashboardController(GodGate gate, Overview overview) {
        this.gate = gate;
        this.overview = overview;
    }

    @GetMapping(GodModeRoutes.DASHBOARD)
    String dashboard(@AuthenticationPrincipal Member me, HttpServletRequest request, Model model) {
        switch (gate.forViewing(me, request)) {
            case HIDDEN -> throw new GodModeRefused.Hidden();
            case INCOMPLETE -> {
                model.addAttribute("page", new GodPages.Checklist(gate.eligibility(me, request)));
                return "godmode/checklist";
            }
            case STEP_UP_NEEDED -> throw new GodModeRefused.StepUpNeeded();
            case GRANTED -> {
            }
        }
        model.addAttribute("page", new GodPages.Dashboard(overview.snapshot()));
        return "godmode/dashboard";
    }
}
