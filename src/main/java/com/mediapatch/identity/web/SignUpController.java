package com.mediapatch.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.identity.internal.EmailTaken;
import com.mediapatch.identity.internal.PasswordPolicy;
import com.mediapatch.identity.internal.Registration;
import com.mediapatch.shared.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SignUpController {

    private final Registration registration;
    private final PasswordPolicy passwords;

    private final Links links;

    SignUpController(Registration registration, PasswordPolicy passwords, Links links) {
        this.links = links;
        this.registration = registration;
        this.passwords = passwords;
    }

    @GetMapping(IdentityRoutes.SIGN_UP)
    String form(Model model) {
        return page(model, SignUpForm.empty(), FormErrors.NONE);
    }

    @PostMapping(IdentityRoutes.SIGN_UP)
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasFieldErrors("password")) {
            passwords.problemWith(form.password(), form.email())
                    .ifPresent(problem -> result.rejectValue("password", "weak", problem));
        }
        if (!result.hasErrors()) {
            try {
                registration.register(form.email(), form.password(), form.displayName(),
                        links.to(IdentityRoutes.VERIFY_EMAIL));
                redirect.addFlashAttribute("email", form.email().strip());
                return "redirect:" + IdentityRoutes.VERIFY_EMAIL + "/sent";
            } catch (EmailTaken taken) {
                result.rejectValue("email", "taken", taken.getMessage());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, form, FormErrors.of(result));
    }

    private static String page(Model model, SignUpForm form, FormErrors errors) {
        model.addAttribute("page", new SignUpPage(form, errors, PasswordPolicy.MIN_LENGTH));
        return "identity/sign-up";
    }
}
