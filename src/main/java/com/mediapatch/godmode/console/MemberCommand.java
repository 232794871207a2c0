package com.mediapatch.godmode.console;

import com.mediapatch.godmode.CommandInput;
import com.mediapatch.godmode.ConsoleCommand;
import com.mediapatch.godmode.GodActor;
import com.mediapatch.identity.AccountOverview;

/** A console command about one member, who is named right after the command's own words. */
final class MemberCommand implements ConsoleCommand {

    /** What the command would do to the member, in words. */
    interface Preview {
        String of(CommandInput input, AccountOverview member);
    }

    /** Does it and says what happened. */
    interface Action {
        String run(CommandInput input, AccountOverview member, GodActor actor);
    }

    private final Targets targets;
    private final String name;
    private final String usage;
    private final String summary;
    private final boolean destructive;
    private final Preview preview;
    private final Action action;

    MemberCommand(Targets targets, String usage, String summary, boolean destructive, Preview preview, Action action) {
        this.targets = targets;
        this.name = usage.substring(0, usage.indexOf(" @"));
        this.usage = usage;
        this.summary = summary;
        this.destructive = destructive;
        this.preview = preview;
        this.action = action;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String usage() {
        return usage;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public boolean destructive() {
        return destructive;
    }

    @Override
    public String preview(CommandInput input) {
        return preview.of(input, member(input));
    }

    @Override
    public String run(CommandInput input, GodActor actor) {
        return action.run(input, member(input), actor);
    }

    private AccountOverview member(CommandInput input) {
        return targets.member(arguments(input), usage);
    }
}
