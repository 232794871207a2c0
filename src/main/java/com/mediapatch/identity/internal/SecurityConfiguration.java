package com.mediapatch.identity.internal;

import com.mediapatch.identity.ApiScope;
import com.mediapatch.identity.IdentityRoutes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Two filter chains. The JSON API is stateless and takes bearer tokens only: it never
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
        return http.securityMatcher("/api/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(resource -> resource.authenticationManagerResolver(bearer.managers())
                        .authenticationEntryPoint(bearer.unauthorized()).accessDeniedHandler(bearer.forbidden()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(bearer.unauthorized())
                        .accessDeniedHandler(bearer.forbidden()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/me").hasAuthority(ApiScope.PROFILE_READ.authority())
                        .anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, MemberAuthenticationProvider members, SignInOutcomes outcomes)
            throws Exception {
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        requestCache.setMatchingRequestParameterName(null);
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/settings/**").authenticated()
                        .requestMatchers("/admin/**").hasAuthority("roles.assign")
                        .anyRequest().permitAll())
                // Its own manager, not the global one, so each attempt is checked (and recorded) once.
                .authenticationManager(new ProviderManager(members))
                .formLogin(form -> form.loginPage(IdentityRoutes.SIGN_IN).loginProcessingUrl(IdentityRoutes.SIGN_IN)
                        .usernameParameter("email").passwordParameter("password")
                        .authenticationDetailsSource(SignInDetails.SOURCE)
                        .successHandler(outcomes).failureHandler(outcomes))
                .logout(logout -> logout.logoutUrl(IdentityRoutes.SIGN_OUT).addLogoutHandler(outcomes)
                        .logoutSuccessUrl("/?signed-out"))
                .requestCache(cache -> cache.requestCache(requestCache))
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .build();
    }
}
