package com.mediapatch.godmode.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.audit.AuditLog;
import com.mediapatch.audit.AuditQuery;
import com.mediapatch.godmode.GodActor;
import com.mediapatch.godmode.GodModeRoutes;
import com.mediapatch.godmode.internal.GodActions;
import com.mediapatch.godmode.internal.GodGate;
import com.mediapatch.godmode.internal.OverrideRefused;
import com.mediapatch.godmode.internal.Overrides;
import com.mediapatch.identity.AccountAdministration;
import com.mediapatch.identity.AccountFilter;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountOverview;
import com.mediapatch.identity.AccountPage;
import com.mediapatch.identity.Impersonation;
import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileSummary;
import com.mediapatch.profiles.Profiles;
import com.mediapatch.shared.web.Toasts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Member management: search and filter, one member's account in full, and every override on it. */
@Controller
class GodMembersController {

    static final String ACTION = GodModeRoutes.MEMBERS + "/{id}/{action}";
    private static final int PAGE_SIZE = 25;

    private final GodGate gate;
    private final AccountAdministration accounts;
    private final Profiles profiles;
    private final Overrides overrides;
    private final Impersonation impersonation;
    private final GodActions actions;
    private final AuditLog audit;
    private final Clock clock;

    GodMembersController(GodGate gate, AccountAdministration accounts, Profiles profiles, Overrides overrides,
            Impersonation impersonation, GodActions actions, AuditLog audit, Clock clock) {
        this.gate = gate;
        this.accounts = accounts;
        this.profiles = profiles;
        this.overrides = overrides;
        this.impersonation = impersonation;
        this.actions = actions;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(GodModeRoutes.MEMBERS)
    String list(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "ALL") AccountFilter filter, @RequestParam(required = false) AccountId after,
            @RequestParam(required = false) AccountId before, HttpServletRequest request, Model model) {
        gate.requireViewing(me, request);
        AccountPage found = accounts.search(q.length() > 254 ? q.substring(0, 254) : q, filter, after, before, PAGE_SIZE);
        Map<AccountId, ProfileSummary> names = profiles.summaries(found.accounts().stream().map(AccountOverview::id).toList());
        List<GodPages.MemberRow> rows = found.accounts().stream()
                .map(account -> new GodPages.MemberRow(account, names.get(account.id()))).toList();
        model.addAttribute("page", new GodPages.Members(q, filter, rows, found.newerBefore(), found.olderAfter()));
        return "godmode/members";
    }

    @GetMapping(GodModeRoutes.MEMBERS + "/{id}")
    String detail(@AuthenticationPrincipal Member me, @PathVariable AccountId id, HttpServletRequest request, Model model) {
        gate.requireViewing(me, request);
        GodPages.MemberRow member = row(find(id));
        actions.record(me, request, "account-viewed", "member:" + id, null, java.util.Map.of());
        var history = audit.entries(new AuditQuery(null, null, "member:" + id, null, null, null, 20)).entries();
        model.addAttribute("page", new GodPages.MemberDetail(member, history));
        return "godmode/member";
    }

    @PostMapping(ACTION)
    String act(@AuthenticationPrincipal Member me, @PathVariable AccountId id, @PathVariable String action,
            @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "7") int days,
            @RequestParam(defaultValue = "") String role, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        gate.requireAction(me, request);
        AccountOverview target = find(id);
        GodActor actor = new GodActor(me, request);
        String outcome = switch (action) {
            case "suspend" -> overrides.suspend(actor, target, clock.instant().plus(Duration.ofDays(checkedDays(days))), reason);
            case "ban" -> overrides.ban(actor, target, reason);
            case "lift" -> overrides.lift(actor, target, reason);
            case "end-sessions" -> overrides.endSessions(actor, target, reason);
            case "reset-second-factors" -> overrides.resetSecondFactors(actor, target, reason);
            case "mark-verified" -> overrides.markEmailVerified(actor, target, reason);
            case "grant-role" -> overrides.grantRole(actor, target, role, reason);
            case "revoke-role" -> overrides.revokeRole(actor, target, role, reason);
            case "impersonate" -> impersonate(me, target, actor, request, response);
            default -> throw new MemberActionUnknown();
        };
        Toasts.success(redirect, outcome);
        return "redirect:" + ("impersonate".equals(action) ? "/" : GodModeRoutes.member(id));
    }

    private String impersonate(Member me, AccountOverview target, GodActor actor, HttpServletRequest request,
            HttpServletResponse response) {
        actions.record(me, request, "impersonation-started", "member:" + target.id(), null, java.util.Map.of());
        if (!impersonation.start(me, target.id(), request, response)) {
            throw new OverrideRefused("You can't view the site as yourself or as an account that cannot sign in.");
        }
        return "You are now seeing the site as " + target.email() + ".";
    }

    private static int checkedDays(int days) {
        if (days < 1 || days > 3650) {
            throw new OverrideRefused("A suspension lasts 1 to 3650 days.");
        }
        return days;
    }

    private AccountOverview find(AccountId id) {
        return accounts.overview(id).orElseThrow(MemberAccountNotFound::new);
    }

    private GodPages.MemberRow row(AccountOverview account) {
        return new GodPages.MemberRow(account, profiles.of(account.id()).orElse(null));
    }
}
