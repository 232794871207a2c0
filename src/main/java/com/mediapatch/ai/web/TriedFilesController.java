package com.mediapatch.ai.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import com.mediapatch.ai.AiRoutes;
import com.mediapatch.identity.Member;
import com.mediapatch.shared.DomainProblem;
import com.mediapatch.shared.ProblemType;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The files a Try page made, to the God who made them: recordings inline for the page's players (byte ranges
 * served, so they seek), anything else as a download. Never cached: they are gone a quarter of an hour later.
 */
@Controller
class TriedFilesController {

    private final AiGodGate gate;
    private final TriedAudio tried;

    TriedFilesController(AiGodGate gate, TriedAudio tried) {
        this.gate = gate;
        this.tried = tried;
    }

    @GetMapping(AiRoutes.TRY_FILES + "/{id}/{name}")
    @ResponseBody
    ResponseEntity<Resource> file(@AuthenticationPrincipal Member me, @PathVariable UUID id, @PathVariable String name,
            HttpServletRequest request) {
        gate.requireViewing(me, request);
        TriedAudio.File file = tried.file(me.id(), id, name).orElseThrow(FileGone::new);
        return ResponseEntity.ok().contentType(file.type())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.builder(file.playable() ? "inline" : "attachment")
                        .filename(file.name()).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(new ByteArrayResource(file.bytes()));
    }

    /** A file never made here, made by someone else, or forgotten since. */
    static final class FileGone extends DomainProblem {
        FileGone() {
            super(ProblemType.NOT_FOUND, "That file is not kept any more: try again.");
        }
    }
}
