package com.mediapatch.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.identity.Member;
import com.mediapatch.identity.internal.RoleAssignments;
import com.mediapatch.identity.internal.RoleChangeRefused;
import com.mediapatch.shared.web.Toasts;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators give and take moderator (and, for God accounts, admin) roles. */
@Controller
class RolesController {

    private final RoleAssignments roles;

    RolesController(RoleAssignments roles) {
        this.roles = roles;
    }

    @GetMapping(IdentityRoutes.ROLES)
    String list(@AuthenticationPrincipal Member me, Model model) {
        return page(model, me, "", null);
    }

    @PostMapping(IdentityRoutes.ROLES)
    String grant(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String role, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            roles.grant(me, email.strip(), role);
        } catch (RoleChangeRefused refused) {
            response.setStatus(refused.type().status().value());
            return page(model, me, email, refused.getMessage());
        }
        Toasts.success(redirect, email.strip() + " is now " + role + ". They'll need to sign in again.");
        return "redirect:" + IdentityRoutes.ROLES;
    }

    @PostMapping(IdentityRoutes.ROLES + "/revoke")
    String revoke(@AuthenticationPrincipal Member me, @RequestParam AccountId account, @RequestParam String role,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            roles.revoke(me, account, role);
        } catch (RoleChangeRefused refused) {
            response.setStatus(refused.type().status().value());
            return page(model, me, "", refused.getMessage());
        }
        Toasts.success(redirect, "The " + role + " role was taken away.");
        return "redirect:" + IdentityRoutes.ROLES;
    }

    private String page(Model model, Member me, String email, String problem) {
        List<String> assignable = me.can("roles.assign-admin") ? List.of("moderator", "admin") : List.of("moderator");
        model.addAttribute("page", new RolesPage(roles.all(), assignable, email, problem));
        return "identity/roles";
    }
}
