package com.mediapatch.godmode.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.mediapatch.audit.AuditEntry;
import com.mediapatch.audit.AuditVerification;
import com.mediapatch.godmode.ConsoleCommand;
import com.mediapatch.godmode.GodModeRoutes;
import com.mediapatch.godmode.SiteState;
import com.mediapatch.godmode.internal.Overview;
import com.mediapatch.identity.AccountFilter;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountOverview;
import com.mediapatch.identity.GodAccess;
import com.mediapatch.profiles.ProfileSummary;

/** The typed models of the God Mode pages. */
public final class GodPages {

    private GodPages() {
    }

    /** Bytes for people: "812 KB", "3.4 GB". */
    public static String bytes(long bytes) {
        if (bytes < 0) {
            return "unknown";
        }
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return (unit == 0 || value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value))
                + " " + units[unit];
    }

    /**
     * A client address as people write it: IPv6 with its longest run of zero groups folded and leading zeros
     * dropped ({@code 0:0:0:0:0:0:0:1} becomes {@code ::1}); IPv4 and anything else as stored.
     */
    public static String address(String ip) {
        if (ip == null || !ip.matches("[0-9a-fA-F]{1,4}(:[0-9a-fA-F]{1,4}){7}")) {
            return ip;
        }
        String[] groups = ip.toLowerCase(Locale.ROOT).split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int start = 0; start < groups.length; start++) {
            int length = 0;
            while (start + length < groups.length && groups[start + length].matches("0+")) {
                length++;
            }
            if (length > bestLength) {
                bestStart = start;
                bestLength = length;
            }
        }
        StringBuilder written = new StringBuilder();
        for (int index = 0; index < groups.length; index++) {
            if (index == bestStart) {
                written.append("::");
                index += bestLength - 1;
            } else {
                if (written.length() > 0 && written.charAt(written.length() - 1) != ':') {
                    written.append(':');
                }
                written.append(groups[index].replaceFirst("^0+(?=.)", ""));
            }
        }
        return written.toString();
    }

    /** The member a stored actor or target ("member:uuid") names, as a link into God Mode, or null. */
    public static String memberLink(String reference) {
        return reference != null && reference.startsWith("member:") ? GodModeRoutes.MEMBERS + "/" + reference.substring(7) : null;
    }

    /** What a God address still lacks before God Mode opens. */
    public record Checklist(GodAccess.Eligibility eligibility) {
    }

    /** The second-factor check; {@code next} is where it leads back to. */
    public record StepUp(String next, String problem) {
    }

    public record Dashboard(Overview.Snapshot snapshot) {
    }

    /** One row of the member list: the account and, if any, its profile. */
    public record MemberRow(AccountOverview account, ProfileSummary profile) {

        public String name() {
            return profile == null ? account.email() : profile.displayName();
        }
    }

    public record Members(String query, AccountFilter filter, List<MemberRow> rows, AccountId newerBefore, AccountId olderAfter) {
    }

    public record MemberDetail(MemberRow member, List<AuditEntry> history) {
    }

    public record Site(SiteState state) {
    }

    /** The console: what was typed, its preview or outcome, and the commands for reference. */
    public record Console(String line, String preview, boolean destructive, String outcome, String problem,
            List<ConsoleCommand> commands) {
    }

    /**
     * The audit log page: its filters as typed (dates as yyyy-mm-dd), one page of entries, a verifier run if one was
     * asked for, and the checkpoint key's fingerprint for the operator to pin.
     */
    public record Audit(String action, String actor, String target, String from, String until, List<AuditEntry> entries, Long next,
            AuditVerification verification, String checkpointKeyFingerprint, Map<String, String> names) {

        /** How an actor is shown: the member's handle when known, else as stored. */
        public String name(String actor) {
            return names.getOrDefault(actor, actor);
        }
    }

    public record AuditEntryPage(AuditEntry entry, long treeSize) {
    }
}
