package com.mediapatch.godmode.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.audit.AuditEntry;
import com.mediapatch.audit.AuditLog;
import com.mediapatch.audit.AuditPage;
import com.mediapatch.audit.AuditQuery;
import com.mediapatch.audit.AuditVerification;
import com.mediapatch.audit.InclusionProof;
import com.mediapatch.godmode.GodActor;
import com.mediapatch.godmode.GodModeRoutes;
import com.mediapatch.godmode.internal.ActorNames;
import com.mediapatch.godmode.internal.GodGate;
import com.mediapatch.godmode.internal.Overrides;
import com.mediapatch.identity.Member;
import com.mediapatch.shared.web.Toasts;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The audit log browser: filters, one entry with its hashes, its inclusion proof, the verifier and checkpoints. */
@Controller
class GodAuditController {

    private static final int PAGE_SIZE = 50;

    private final GodGate gate;
    private final AuditLog audit;
    private final Overrides overrides;
    private final ActorNames actorNames;

    GodAuditController(GodGate gate, AuditLog audit, Overrides overrides, ActorNames actorNames) {
        this.gate = gate;
        this.actorNames = actorNames;
        this.audit = audit;
        this.overrides = overrides;
    }

    @GetMapping(GodModeRoutes.AUDIT)
    String list(@AuthenticationPrincipal Member me, @RequestParam(required = false) String action,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String target,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
            @RequestParam(required = false) Long before, HttpServletRequest request, Model model) {
        gate.requireViewing(me, request);
        AuditPage page = audit.entries(new AuditQuery(blankToNull(action), blankToNull(actor), blankToNull(target), start(from),
                start(until == null ? null : until.plusDays(1)), before, PAGE_SIZE));
        model.addAttribute("page", new GodPages.Audit(action, actor, target, from == null ? null : from.toString(),
                until == null ? null : until.toString(), page.entries(), page.next(), null, audit.checkpointKeyFingerprint(),
                actorNames.of(page.entries())));
        return "godmode/audit";
    }

    @GetMapping(GodModeRoutes.AUDIT + "/{sequence}")
    String entry(@AuthenticationPrincipal Member me, @PathVariable String sequence, HttpServletRequest request, Model model) {
        gate.requireViewing(me, request);
        AuditEntry entry = audit.entry(number(sequence)).orElseThrow(AuditEntryNotFound::new);
        model.addAttribute("page", new GodPages.AuditEntryPage(entry, audit.size()));
        return "godmode/audit-entry";
    }

    @GetMapping(value = GodModeRoutes.AUDIT + "/{sequence}/proof", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<InclusionProof> proof(@AuthenticationPrincipal Member me, @PathVariable String sequence, HttpServletRequest request) {
        gate.requireViewing(me, request);
        InclusionProof proof = audit.inclusionProof(number(sequence), audit.size());
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + sequence + "-proof.json\"")
                .body(proof);
    }

    @PostMapping(GodModeRoutes.AUDIT_VERIFY)
    String verify(@AuthenticationPrincipal Member me, HttpServletRequest request, Model model) {
        gate.requireAction(me, request);
        AuditVerification verification = overrides.verifyAudit(new GodActor(me, request));
        AuditPage page = audit.entries(AuditQuery.newest(PAGE_SIZE));
        model.addAttribute("page", new GodPages.Audit(null, null, null, null, null, page.entries(), page.next(), verification,
                audit.checkpointKeyFingerprint(), actorNames.of(page.entries())));
        return "godmode/audit";
    }

    @PostMapping(GodModeRoutes.AUDIT_CHECKPOINT)
    String checkpoint(@AuthenticationPrincipal Member me, HttpServletRequest request, RedirectAttributes redirect) {
        gate.requireAction(me, request);
        var checkpoint = overrides.checkpoint(new GodActor(me, request));
        Toasts.success(redirect, "Signed a checkpoint over " + checkpoint.size() + " entries.");
        return "redirect:" + GodModeRoutes.AUDIT;
    }

    /** The entry number in the path; checked after the gate, so non-God members learn nothing from a 400. */
    private static long number(String sequence) {
        try {
            return Long.parseLong(sequence);
        } catch (NumberFormatException notANumber) {
            throw new AuditEntryNotFound();
        }
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
