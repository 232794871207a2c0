package com.mediapatch.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.internal.PasswordChange;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Account", description = "The account a token speaks for")
class MeController {

    private final PasswordChange accounts;

    MeController(PasswordChange accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The token's account", description = "Needs scope profile:read.",
            security = @SecurityRequirement(name = "bearer"))
    Me me(Authentication caller) {
        AccountId account = AccountId.valueOf(caller.getName());
        return new Me(account.toString(), accounts.emailOf(account), caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("SCOPE_")).map(a -> a.substring(6))
                .sorted().toList());
    }
}
