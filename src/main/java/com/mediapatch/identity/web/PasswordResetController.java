package com.mediapatch.identity.web;

import jakarta.servlet.http.HttpServletResponse;

import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.identity.internal.LinkInvalid;
import com.mediapatch.identity.internal.PasswordPolicy;
import com.mediapatch.identity.internal.PasswordReset;
import com.mediapatch.identity.web.PasswordResetPage.Stage;
import com.mediapatch.shared.web.FormErrors;
import com.mediapatch.shared.web.Toasts;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Asking for a reset link and choosing a new password with it. */
@Controller
class PasswordResetController {

    static final String CHOOSE = IdentityRoutes.PASSWORD_RESET + "/new";

    private final PasswordReset reset;
    private final PasswordPolicy passwords;

    private final Links links;

    PasswordResetController(PasswordReset reset, PasswordPolicy passwords, Links links) {
        this.links = links;
        this.reset = reset;
        this.passwords = passwords;
    }

    @GetMapping(IdentityRoutes.PASSWORD_RESET)
    String ask(@RequestParam(defaultValue = "") String email, Model model) {
        return page(model, new PasswordResetPage(Stage.ASK, email, null, null, FormErrors.NONE));
    }

    /** Answers the same whether or not the address has an account. */
    @PostMapping(IdentityRoutes.PASSWORD_RESET)
    String send(@RequestParam(defaultValue = "") String email, Model model) {
        if (!email.isBlank() && email.length() <= 254) {
            reset.request(email, links.to(CHOOSE));
        }
        return page(model, new PasswordResetPage(Stage.SENT, email, null, null, FormErrors.NONE));
    }

    @GetMapping(CHOOSE)
    String choose(@RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
        try {
            return page(model, new PasswordResetPage(Stage.CHOOSE, reset.emailFor(token), token, null, FormErrors.NONE));
        } catch (LinkInvalid invalid) {
            return linkInvalid(model, response, invalid);
        }
    }

    @PostMapping(CHOOSE)
    String complete(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            String email = reset.emailFor(token);
            var problem = passwords.problemWith(password, email);
            if (problem.isPresent()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return page(model, new PasswordResetPage(Stage.CHOOSE, email, token, null,
                        FormErrors.forField("password", problem.get())));
            }
            reset.complete(token, password);
            Toasts.success(redirect, "Your password has been changed and every session signed out. Sign in with it now.");
            redirect.addAttribute("email", email);
            return "redirect:" + IdentityRoutes.SIGN_IN;
        } catch (LinkInvalid invalid) {
            return linkInvalid(model, response, invalid);
        }
    }

    private static String linkInvalid(Model model, HttpServletResponse response, LinkInvalid invalid) {
        response.setStatus(invalid.type().status().value());
        return page(model, new PasswordResetPage(Stage.LINK_INVALID, "", null, invalid.getMessage(), FormErrors.NONE));
    }

    private static String page(Model model, PasswordResetPage page) {
        model.addAttribute("page", page);
        return "identity/password-reset";
    }
}
