package com.mediapatch.godmode.web;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.godmode.CommandRefused;
import com.mediapatch.godmode.GodActor;
import com.mediapatch.godmode.GodModeRoutes;
import com.mediapatch.godmode.internal.Console;
import com.mediapatch.godmode.internal.GodGate;
import com.mediapatch.godmode.internal.OverrideRefused;
import com.mediapatch.identity.Member;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The override console: type a line, see what it would change, then run it. One handler per
 * step serves the whole page or, for htmx, just the console's result area.
 */
@Controller
class GodConsoleController {

    private static final int MAX_LINE = 1000;

    private final GodGate gate;
    private final Console console;

    GodConsoleController(GodGate gate, Console console) {
        this.gate = gate;
        this.console = console;
    }

    @GetMapping(GodModeRoutes.CONSOLE)
    String page(@AuthenticationPrincipal Member me, HttpServletRequest request, Model model) {
        gate.requireViewing(me, request);
        return show(model, new GodPages.Console("", null, false, null, null, console.commands()));
    }

    @GetMapping(GodModeRoutes.CONSOLE_SUGGESTIONS)
    String suggestions(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String line,
            HttpServletRequest request, Model model) {
        gate.requireViewing(me, request);
        model.addAttribute("suggestions", console.suggestions(clip(line)));
        return "godmode/console-suggestions";
    }

    @PostMapping(GodModeRoutes.CONSOLE)
    String preview(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String line, HttpServletRequest request,
            Model model) {
        gate.requireAction(me, request);
        try {
            Console.Preview preview = console.preview(clip(line));
            return show(model, new GodPages.Console(line, preview.changes(), preview.command().destructive(), null, null,
                    console.commands()));
        } catch (CommandRefused | OverrideRefused refused) {
            return show(model, new GodPages.Console(line, null, false, null, refused.getMessage(), console.commands()));
        }
    }

    @PostMapping(GodModeRoutes.CONSOLE_RUN)
    String run(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String line, HttpServletRequest request,
            Model model) {
        gate.requireAction(me, request);
        try {
            String outcome = console.run(clip(line), new GodActor(me, request));
            return show(model, new GodPages.Console("", null, false, outcome, null, console.commands()));
        } catch (CommandRefused | OverrideRefused refused) {
            return show(model, new GodPages.Console(line, null, false, null, refused.getMessage(), console.commands()));
        }
    }

    private static String show(Model model, GodPages.Console page) {
        model.addAttribute("page", page);
        return "godmode/console";
    }

    private static String clip(String line) {
        if (line.length() > MAX_LINE) {
            throw new CommandRefused("A console line is at most " + MAX_LINE + " characters.");
        }
        return line;
    }
}
