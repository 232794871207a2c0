package com.mediapatch.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.identity.AccountProvisioning;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.ImmutableAuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A passkey ceremony waits in the database between its two requests, so its answer may reach
 * another app node: "another node" here is a second ceremony store on the same database, with
 * nothing in common with the first but the database. A registration begun on one is completed
 * on the other by Spring Security's own verification, answered by a software authenticator.
 */
@IntegrationTest
class PasskeyCeremoniesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PasskeyCeremonies thisNode;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    AccountProvisioning provisioning;

    @Autowired
    PublicKeyCredentialUserEntityRepository passkeyOwners;

    @Autowired
    UserCredentialRepository passkeyCredentials;

    @Autowired
    IdentityProperties properties;

    @Test
    void signInCeremonyBegunOnOneNodeIsFoundOnAnother() throws Exception {
        MvcResult begun = mvc.perform(post("/webauthn/authenticate/options").with(csrf())).andExpect(status().isOk())
                .andReturn();
        String challenge = new tools.jackson.databind.json.JsonMapper().readTree(begun.getResponse().getContentAsString())
                .path("challenge").asString();
        PasskeyCeremonies otherNode = new PasskeyCeremonies(jdbc, clock);

        PublicKeyCredentialRequestOptions found = otherNode.signIns().load(requestIn(sessionOf(begun)));

        assertThat(found).isNotNull();
        assertThat(found.getChallenge().toBase64UrlString()).isEqualTo(challenge);
        assertThat(found.getRpId()).isEqualTo("localhost");
        assertThat(found.getUserVerification()).isSameAs(UserVerificationRequirement.PREFERRED);
        assertThat(found.getTimeout()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void registrationBegunOnOneNodeCompletesOnAnother() throws Exception {
        AccountId member = provisioning.provisionVerified(AccountFixtures.newEmail(), AccountFixtures.PASSWORD,
                "Two Nodes").orElseThrow();
        MockHttpServletRequest request = requestIn(new MockHttpSession());
        PublicKeyCredentialCreationOptions begun = relyingParty().createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(
                        UsernamePasswordAuthenticationToken.authenticated(member.toString(), null, List.of())));
        thisNode.registrations().save(request, new MockHttpServletResponse(), begun);

        PublicKeyCredentialCreationOptions found = new PasskeyCeremonies(jdbc, clock).registrations().load(request);
        CredentialRecord registered = relyingParty().registerCredential(new ImmutableRelyingPartyRegistrationRequest(
                found, new RelyingPartyPublicKey(
                        EmulatedAuthenticator.attest(found, properties.passkeys().allowedOrigins().iterator().next()),
                        "Second node")));

        assertThat(passkeyCredentials.findByCredentialId(registered.getCredentialId())).isNotNull();
        assertThat(passkeyCredentials.findByUserId(passkeyOwners.findByUsername(member.toString()).getId()))
                .extracting(CredentialRecord::getLabel).containsExactly("Second node");
    }

    /** What Spring Security builds inside its WebAuthn filters, on this node's repositories and settings. */
    private Webauthn4JRelyingPartyOperations relyingParty() {
        return new Webauthn4JRelyingPartyOperations(passkeyOwners, passkeyCredentials,
                PublicKeyCredentialRpEntity.builder().name("The Media Patch").id(properties.passkeys().rpId()).build(),
                properties.passkeys().allowedOrigins());
    }

    @Test
    void registrationOptionsComeBackWholeOnAnotherNode() {
        PublicKeyCredentialCreationOptions options = creationOptions();
        MockHttpServletRequest request = requestIn(new MockHttpSession());
        thisNode.registrations().save(request, new MockHttpServletResponse(), options);

        PublicKeyCredentialCreationOptions found = new PasskeyCeremonies(jdbc, clock).registrations().load(request);

        assertThat(found).usingRecursiveComparison().isEqualTo(options);
        // Spring Security's verification compares these by identity.
        assertThat(found.getPubKeyCredParams()).containsExactly(PublicKeyCredentialParameters.EdDSA,
                PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.RS256);
        assertThat(found.getPubKeyCredParams().get(0).getType()).isSameAs(PublicKeyCredentialType.PUBLIC_KEY);
        assertThat(found.getAuthenticatorSelection().getUserVerification()).isSameAs(UserVerificationRequirement.REQUIRED);
    }

    @Test
    void ceremoniesOfOtherSessionsAndOtherKindsAreNotFound() {
        MockHttpServletRequest request = requestIn(new MockHttpSession());
        thisNode.registrations().save(request, new MockHttpServletResponse(), creationOptions());

        assertThat(thisNode.registrations().load(requestIn(new MockHttpSession()))).isNull();
        assertThat(thisNode.signIns().load(request)).isNull();
    }

    @Test
    void answeredCeremonyIsForgottenEverywhere() {
        MockHttpServletRequest request = requestIn(new MockHttpSession());
        thisNode.registrations().save(request, new MockHttpServletResponse(), creationOptions());

        new PasskeyCeremonies(jdbc, clock).registrations().save(request, new MockHttpServletResponse(), null);

        assertThat(thisNode.registrations().load(request)).isNull();
    }

    @Test
    void expiredCeremoniesAreRefusedAndSwept() {
        MockHttpServletRequest request = requestIn(new MockHttpSession());
        thisNode.registrations().save(request, new MockHttpServletResponse(), creationOptions());
        PasskeyCeremonies later = new PasskeyCeremonies(jdbc, Clock.offset(clock, Duration.ofMinutes(6)));

        assertThat(later.registrations().load(request)).isNull();
        later.forgetExpired();

        assertThat(thisNode.registrations().load(request)).isNull();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_passkey_ceremony WHERE expires_at < ?")
                .param(clock.millis() + Duration.ofMinutes(6).toMillis()).query(Long.class).single()).isZero();
    }

    private static PublicKeyCredentialCreationOptions creationOptions() {
        return PublicKeyCredentialCreationOptions.builder()
                .rp(PublicKeyCredentialRpEntity.builder().name("The Media Patch").id("localhost").build())
                .user(ImmutablePublicKeyCredentialUserEntity.builder().name("account-id").id(Bytes.random())
                        .displayName("account-id").build())
                .challenge(Bytes.random())
                .pubKeyCredParams(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
                        PublicKeyCredentialParameters.RS256)
                .timeout(Duration.ofMinutes(5))
                .excludeCredentials(List.of(PublicKeyCredentialDescriptor.builder().id(Bytes.random())
                        .transports(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID).build()))
                .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                        .userVerification(UserVerificationRequirement.REQUIRED).residentKey(ResidentKeyRequirement.REQUIRED)
                        .build())
                .attestation(AttestationConveyancePreference.NONE)
                .extensions(new ImmutableAuthenticationExtensionsClientInputs(ImmutableAuthenticationExtensionsClientInput.credProps))
                .build();
    }

    /** The id Spring Session gave the session, which its cookie carries in Base64. */
    private static MockHttpSession sessionOf(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie("SESSION");
        assertThat(cookie).isNotNull();
        return new MockHttpSession(null, new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8));
    }

    private static MockHttpServletRequest requestIn(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        return request;
    }
}
