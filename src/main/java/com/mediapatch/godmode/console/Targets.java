package com.mediapatch.godmode.console;

import java.util.List;

import com.mediapatch.godmode.CommandRefused;
import com.mediapatch.identity.AccountAdministration;
import com.mediapatch.identity.AccountOverview;
import com.mediapatch.profiles.Profiles;

import org.springframework.stereotype.Component;

/** Turns "@handle" or an email address on a console line into the account it names. */
@Component
class Targets {

    private final Profiles profiles;
    private final AccountAdministration accounts;

    Targets(Profiles profiles, AccountAdministration accounts) {
        this.profiles = profiles;
        this.accounts = accounts;
    }

    AccountOverview member(List<String> arguments, String usage) {
        if (arguments.isEmpty()) {
            throw new CommandRefused("Name the member as @handle or by email. Usage: " + usage);
        }
        String named = arguments.get(0);
        if (named.startsWith("@")) {
            return profiles.byHandle(named.substring(1))
                    .flatMap(profile -> accounts.overview(profile.account()))
                    .orElseThrow(() -> new CommandRefused("No member is called " + named + "."));
        }
        if (named.contains("@")) {
            return accounts.byEmail(named).orElseThrow(() -> new CommandRefused("No account uses " + named + "."));
        }
        throw new CommandRefused("'" + named + "' is neither @handle nor an email address. Usage: " + usage);
    }

    /** How a member is named in previews: "@handle (email)". */
    String label(AccountOverview account) {
        return profiles.of(account.id()).map(profile -> "@" + profile.handle() + " (" + account.email() + ")").orElse(account.email());
    }
}
