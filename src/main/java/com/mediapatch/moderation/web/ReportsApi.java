package com.mediapatch.moderation.web;

import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.ApiCaller;
import com.mediapatch.moderation.internal.ReportDesk;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reporting members, messages and conversations through the API. */
@RestController
@Tag(name = "Reports", description = "Tell moderators about members, messages or conversations that break the rules")
class ReportsApi {

    private final ReportDesk desk;

    ReportsApi(ReportDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/api/v1/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a member, message or conversation",
            description = "type MEMBER takes a handle as target, MESSAGE and CONVERSATION an id of one you take part in. "
                    + "Reports on the same target are gathered into one case.")
    Map<String, UUID> report(@ApiCaller(ModerationApiScopes.REPORTS_WRITE) AccountId reporter, @Valid @RequestBody ReportForm body) {
        return Map.of("id", desk.file(reporter, body.type(), body.target(), body.category(), body.comment()));
    }
}
