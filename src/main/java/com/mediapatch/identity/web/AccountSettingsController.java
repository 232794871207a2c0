package com.mediapatch.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.identity.Member;
import com.mediapatch.identity.internal.EmailChange;
import com.mediapatch.identity.internal.EmailTaken;
import com.mediapatch.identity.internal.LinkInvalid;
import com.mediapatch.identity.internal.PasswordChange;
import com.mediapatch.identity.internal.PasswordPolicy;
import com.mediapatch.identity.internal.Reauthentication;
import com.mediapatch.shared.web.FormErrors;
import com.mediapatch.shared.web.Toasts;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountSettingsController {

    static final String CHANGE_PASSWORD = IdentityRoutes.ACCOUNT_SETTINGS + "/password";

    private final PasswordChange passwordChange;
    private final PasswordPolicy passwords;
    private final Reauthentication reauthentication;
    private final EmailChange emailChange;

    private final Links links;

    AccountSettingsController(PasswordChange passwordChange, PasswordPolicy passwords,
            Reauthentication reauthentication, EmailChange emailChange, Links links) {
        this.links = links;
        this.passwordChange = passwordChange;
        this.passwords = passwords;
        this.reauthentication = reauthentication;
        this.emailChange = emailChange;
    }

    @GetMapping(IdentityRoutes.ACCOUNT_SETTINGS)
    String settings(@AuthenticationPrincipal Member me, Model model) {
        return page(model, me, FormErrors.NONE);
    }

    @PostMapping(CHANGE_PASSWORD)
    String changePassword(@AuthenticationPrincipal Member me, @Valid @ModelAttribute("form") PasswordChangeForm form,
            BindingResult result, HttpSession session, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        if (!result.hasFieldErrors("newPassword")) {
            passwords.problemWith(form.newPassword(), me.email())
                    .ifPresent(problem -> result.rejectValue("newPassword", "weak", problem));
        }
        if (!result.hasErrors()) {
            try {
                int ended = passwordChange.change(me.id(), form.currentPassword(), form.newPassword(), session.getId());
                Toasts.success(redirect, "Password changed." + (ended > 0 ? " Signed out of " + ended
                        + " other session" + (ended == 1 ? "." : "s.") : ""));
                return "redirect:" + IdentityRoutes.ACCOUNT_SETTINGS;
            } catch (PasswordChange.CurrentPasswordWrong wrong) {
                result.rejectValue("currentPassword", "wrong", wrong.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, me, FormErrors.of(result));
    }

    @PostMapping(IdentityRoutes.CHANGE_EMAIL)
    String requestEmailChange(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String newEmail,
            @RequestParam(defaultValue = "") String emailPassword, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        String problemField = null;
        String problem = null;
        if (!newEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || newEmail.length() > 254) {
            problemField = "newEmail";
            problem = "Enter a valid email address, like name@example.com.";
        } else if (!reauthentication.confirms(me.id(), emailPassword)) {
            problemField = "emailPassword";
            problem = "That password is not right.";
        } else {
            try {
                emailChange.request(me.id(), newEmail.strip(), links.to(IdentityRoutes.CHANGE_EMAIL));
                Toasts.info(redirect, "We sent a link to " + newEmail.strip() + ". Open it to finish the change.");
                return "redirect:" + IdentityRoutes.ACCOUNT_SETTINGS;
            } catch (EmailTaken taken) {
                problemField = "newEmail";
                problem = taken.getMessage();
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, me, FormErrors.forField(problemField, problem), newEmail);
    }

    @GetMapping(IdentityRoutes.CHANGE_EMAIL)
    String confirmEmailChange(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("page", new VerifyEmailPage(VerifyEmailPage.Stage.CONFIRM, null, token, null));
        return "identity/confirm-email-change";
    }

    @PostMapping(IdentityRoutes.CHANGE_EMAIL + "/confirm")
    String applyEmailChange(@AuthenticationPrincipal Member me, @RequestParam(defaultValue = "") String token,
            HttpSession session, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            String email = emailChange.confirm(me.id(), token, session.getId());
            Toasts.success(redirect, "Your account now signs in with " + email + ".");
            return "redirect:" + IdentityRoutes.ACCOUNT_SETTINGS;
        } catch (LinkInvalid | EmailTaken refused) {
            response.setStatus(refused.type().status().value());
            model.addAttribute("page", new VerifyEmailPage(VerifyEmailPage.Stage.LINK_INVALID, null, null,
                    refused.getMessage()));
            return "identity/confirm-email-change";
        }
    }

    private String page(Model model, Member me, FormErrors errors) {
        return page(model, me, errors, "");
    }

    private String page(Model model, Member me, FormErrors errors, String newEmail) {
        model.addAttribute("page", new AccountSettingsPage(passwordChange.emailOf(me.id()), errors,
                PasswordPolicy.MIN_LENGTH, newEmail));
        return "identity/account-settings";
    }
}
