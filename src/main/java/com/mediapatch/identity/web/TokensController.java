package com.mediapatch.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.ApiScope;
import com.mediapatch.identity.ApiScopes;
import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.identity.Member;
import com.mediapatch.identity.internal.PersonalTokens;
import com.mediapatch.identity.internal.Reauthentication;
import com.mediapatch.shared.web.Toasts;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Members make, see and revoke their own personal access tokens for the API. */
@Controller
class TokensController {

    private final PersonalTokens tokens;
    private final Reauthentication reauthentication;
    private final ApiScopes scopes;

    TokensController(PersonalTokens tokens, Reauthentication reauthentication, ApiScopes scopes) {
        this.scopes = scopes;
        this.tokens = tokens;
        this.reauthentication = reauthentication;
    }

    @GetMapping(IdentityRoutes.TOKENS)
    String list(@AuthenticationPrincipal Member me, Model model) {
        return page(model, me, null, null);
    }

    @PostMapping(IdentityRoutes.TOKENS)
    String create(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String name,
            @RequestParam(name = "scopes", required = false) List<String> scopeValues,
            @RequestParam(defaultValue = "30") int days, @RequestParam(defaultValue = "") String password, Model model,
            HttpServletResponse response) {
        List<ApiScope> chosen = new ArrayList<>();
        for (String value : scopeValues == null ? List.<String>of() : scopeValues) {
            this.scopes.find(value).ifPresent(chosen::add);
        }
        String problem = name.isBlank() || name.length() > 80 ? "Give the token a name of up to 80 characters."
                : chosen.isEmpty() ? "Choose at least one scope."
                : !PersonalTokens.LIFETIMES_IN_DAYS.contains(days) ? "Choose one of the offered lifetimes."
                : !reauthentication.confirms(me.id(), password) ? "That password is not right." : null;
        if (problem != null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, me, null, problem);
        }
        return page(model, me, tokens.create(me.id(), name, chosen, days), null);
    }

    @PostMapping(IdentityRoutes.TOKENS + "/{id}/revoke")
    String revoke(@AuthenticationPrincipal Member me, @PathVariable UUID id, RedirectAttributes redirect) {
        if (tokens.revoke(me.id(), id)) {
            Toasts.success(redirect, "The token was revoked; it stops working right away.");
        } else {
            Toasts.error(redirect, "There is no such token.");
        }
        return "redirect:" + IdentityRoutes.TOKENS;
    }

    private String page(Model model, Member me, String created, String problem) {
        model.addAttribute("page", new TokensPage(tokens.of(me.id()), scopes.all(), created, problem));
        return "identity/tokens";
    }
}
