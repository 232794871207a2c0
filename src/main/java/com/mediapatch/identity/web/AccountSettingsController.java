package com.mediapatch.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.identity.Member;
import com.mediapatch.identity.internal.MemberSessions;
import com.mediapatch.identity.internal.PasswordChange;
import com.mediapatch.identity.internal.PasswordPolicy;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountSettingsController {

    static final String CHANGE_PASSWORD = IdentityRoutes.ACCOUNT_SETTINGS + "/password";

    private final PasswordChange passwordChange;
    private final PasswordPolicy passwords;
    private final MemberSessions sessions;

    AccountSettingsController(PasswordChange passwordChange, PasswordPolicy passwords, MemberSessions sessions) {
        this.passwordChange = passwordChange;
        this.passwords = passwords;
        this.sessions = sessions;
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
                passwordChange.change(me.id(), form.currentPassword(), form.newPassword());
                int ended = form.endOtherSessions() ? sessions.endAllExcept(me.id(), session.getId()) : 0;
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

    private String page(Model model, Member me, FormErrors errors) {
        model.addAttribute("page", new AccountSettingsPage(passwordChange.emailOf(me.id()), errors,
                PasswordPolicy.MIN_LENGTH));
        return "identity/account-settings";
    }
}
