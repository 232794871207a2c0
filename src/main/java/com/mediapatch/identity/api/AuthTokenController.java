package com.mediapatch.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import com.mediapatch.identity.internal.ApiSignIn;
import com.mediapatch.identity.internal.ApiTokens;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication", description = "Tokens for API clients")
class AuthTokenController {

    private final ApiSignIn signIn;
    private final ApiTokens tokens;

    AuthTokenController(ApiSignIn signIn, ApiTokens tokens) {
        this.signIn = signIn;
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/auth/token")
    @Operation(summary = "Exchange credentials for tokens",
            description = "Email and password, plus 'code' when the account uses two-step sign-in. Returns a "
                    + "10-minute access token and a single-use refresh token.")
    TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        return TokenResponse.of(signIn.signIn(request.email(), request.password(), request.code(), http.getRemoteAddr(),
                http.getHeader(HttpHeaders.USER_AGENT)));
    }

    @PostMapping("/api/v1/auth/refresh")
    @Operation(summary = "Rotate a refresh token",
            description = "Returns a new pair. Each refresh token works once; presenting a used one revokes its whole family.")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
        return TokenResponse.of(tokens.refresh(request.refreshToken()));
    }

    @PostMapping("/api/v1/auth/revoke")
    @Operation(summary = "Sign a client out", description = "Revokes the refresh token's family.")
    ResponseEntity<Void> revoke(@Valid @RequestBody RefreshRequest request) {
        tokens.revoke(request.refreshToken());
        return ResponseEntity.noContent().build();
    }
}
