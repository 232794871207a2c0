package com.mediapatch.godmode.console;

import com.mediapatch.godmode.CommandInput;
import com.mediapatch.godmode.ConsoleCommand;
import com.mediapatch.identity.AccountOverview;

/** A console command about one member, named first after the command's own words. */
abstract class MemberCommand implements ConsoleCommand {

    private final Targets targets;
    private final String name;
    private final String usage;
    private final String summary;
    private final boolean destructive;

    MemberCommand(Targets targets, String name, String usage, String summary, boolean destructive) {
        this.targets = targets;
        this.name = name;
        this.usage = usage;
        this.summary = summary;
        this.destructive = destructive;
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

    AccountOverview member(CommandInput input) {
        return targets.member(arguments(input), usage);
    }
}
