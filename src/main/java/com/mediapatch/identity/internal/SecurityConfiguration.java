package com.mediapatch.identity.internal;

import jakarta.servlet.Filter;

import com.mediapatch.identity.IdentityRoutes;
import com.mediapatch.operations.ApiDocumentation;
import com.mediapatch.security.Refusals;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * Two filter chains. The JSON API (under /api/v1; its documentation page at /api/docs is a page
 * like any other, showing who is signed in) is stateless and takes bearer tokens only: it never
 * reads the session cookie, so cross-site requests cannot ride it and CSRF tokens are not
 * needed there. Browser pages
 * use the server-side session, form sign-in and CSRF tokens on every state change
 * (forms send a field, htmx sends a header).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiAuthentication bearer) throws Exception {
        return http.securityMatcher(ApiDocumentation.API_BASE + "/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(resource -> resource.authenticationManagerResolver(bearer.managers())
                        .authenticationEntryPoint(bearer.unauthorized()).accessDeniedHandler(bearer.forbidden()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(bearer.unauthorized())
                        .accessDeniedHandler(bearer.forbidden()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/me").hasAuthority("SCOPE_" + IdentityApiScopes.PROFILE_READ)
                        .anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, MemberAuthenticationProvider members, SignInOutcomes outcomes,
            IdentityProperties properties, PasskeySignIn passkeySignIn, PasskeyRegistrationGuard passkeyGuard,
            PasskeyCeremonies ceremonies, Refusals refusals) throws Exception {
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setMatchingRequestParameterName(null);
        DefaultSecurityFilterChain chain = http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/settings/**").authenticated()
                        .requestMatchers("/admin/**").hasAuthority("roles.assign")
                        .requestMatchers("/god/**").authenticated()
                        .anyRequest().permitAll())
                // Its own manager, not the global one, so each attempt is checked (and recorded) once.
                .authenticationManager(new ProviderManager(members))
                .formLogin(form -> form.loginPage(IdentityRoutes.SIGN_IN).loginProcessingUrl(IdentityRoutes.SIGN_IN)
                        .usernameParameter("email").passwordParameter("password")
                        .authenticationDetailsSource(SignInDetails.SOURCE)
                        .successHandler(outcomes).failureHandler(outcomes))
                .logout(logout -> logout.logoutUrl(IdentityRoutes.SIGN_OUT).addLogoutHandler(outcomes)
                        .addLogoutHandler(SignOutTraces::clear).logoutSuccessUrl("/?signed-out"))
                .requestCache(cache -> cache.requestCache(requestCache))
                .csrf(csrf -> csrf.csrfTokenRepository(CsrfCookies.repository()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(refusals.accessDeniedHandler()))
                .webAuthn(passkeys -> passkeys.rpName("The Media Patch").rpId(properties.passkeys().rpId())
                        .allowedOrigins(properties.passkeys().allowedOrigins()).disableDefaultRegistrationPage(true)
                        .creationOptionsRepository(ceremonies.registrations()))
                .addFilterBefore(passkeySignIn, AuthorizationFilter.class)
                .addFilterBefore(passkeyGuard, CsrfFilter.class)
                .build();
        // Spring Security offers no setting for where sign-in challenges wait; these filters do.
        chain.getFilters().forEach(filter -> {
            if (filter instanceof PublicKeyCredentialRequestOptionsFilter options) {
                options.setRequestOptionsRepository(ceremonies.signIns());
            } else if (filter instanceof WebAuthnAuthenticationFilter answers) {
                answers.setRequestOptionsRepository(ceremonies.signIns());
            }
        });
        return chain;
    }

    /** Runs only inside the page chain, not as a servlet filter of its own. */
    @Bean
    FilterRegistrationBean<PasskeySignIn> passkeySignInOutsideTheChain(PasskeySignIn filter) {
        return disabled(filter);
    }

    @Bean
    FilterRegistrationBean<PasskeyRegistrationGuard> passkeyGuardOutsideTheChain(PasskeyRegistrationGuard filter) {
        return disabled(filter);
    }

    private static <F extends Filter> FilterRegistrationBean<F> disabled(F filter) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyOwners(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcOperations jdbc) {
        return new JdbcUserCredentialRepository(jdbc);
    }
}
