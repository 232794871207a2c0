package com.mediapatch.identity.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticationExtensionsClientInput;
import org.springframework.security.web.webauthn.api.AuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.AuthenticatorAttachment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.COSEAlgorithmIdentifier;
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
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;

/**
 * Passkey ceremony options as text, so they can wait in the database between the two requests
 * of a ceremony. They are written by Spring Security's own WebAuthn Jackson module, as the JSON
 * the browser receives. That module cannot read options back (spring-security#16433, #16434), so
 * reading rebuilds them with Spring Security's builders, reusing its readers for ids, types,
 * algorithms and transports. Values are mapped to Spring Security's own constants: its
 * verification compares some of them by identity.
 */
final class CeremonyOptionsJson {

    private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(
            PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.ES384,
            PublicKeyCredentialParameters.ES512, PublicKeyCredentialParameters.RS256,
            PublicKeyCredentialParameters.RS384, PublicKeyCredentialParameters.RS512, PublicKeyCredentialParameters.RS1);
    private static final List<UserVerificationRequirement> VERIFICATIONS = List.of(UserVerificationRequirement.REQUIRED,
            UserVerificationRequirement.PREFERRED, UserVerificationRequirement.DISCOURAGED);

    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

    String write(Object options) {
        return json.writeValueAsString(options);
    }

    PublicKeyCredentialCreationOptions creation(String text) {
        JsonNode node = json.readTree(text);
        JsonNode rp = node.path("rp");
        var builder = PublicKeyCredentialCreationOptions.builder()
                .rp(PublicKeyCredentialRpEntity.builder().name(rp.path("name").asString())
                        .id(rp.path("id").asString()).build())
                .user(json.treeToValue(node.path("user"), ImmutablePublicKeyCredentialUserEntity.class))
                .challenge(bytes(node.path("challenge")))
                .pubKeyCredParams(algorithms(node.path("pubKeyCredParams")))
                .excludeCredentials(descriptors(node.path("excludeCredentials")))
                .authenticatorSelection(selection(node.path("authenticatorSelection")));
        if (present(node, "extensions")) {
            builder.extensions(extensions(node.path("extensions")));
        }
        if (present(node, "timeout")) {
            builder.timeout(Duration.ofMillis(node.path("timeout").asLong()));
        }
        if (present(node, "attestation")) {
            builder.attestation(AttestationConveyancePreference.valueOf(node.path("attestation").asString()));
        }
        return builder.build();
    }

    PublicKeyCredentialRequestOptions request(String text) {
        JsonNode node = json.readTree(text);
        var builder = PublicKeyCredentialRequestOptions.builder()
                .challenge(bytes(node.path("challenge")))
                .rpId(node.path("rpId").asString(null))
                .allowCredentials(descriptors(node.path("allowCredentials")))
                .userVerification(verification(node.path("userVerification")));
        if (present(node, "extensions")) {
            builder.extensions(extensions(node.path("extensions")));
        }
        if (present(node, "timeout")) {
            builder.timeout(Duration.ofMillis(node.path("timeout").asLong()));
        }
        return builder.build();
    }

    private AuthenticatorSelectionCriteria selection(JsonNode node) {
        return AuthenticatorSelectionCriteria.builder()
                .authenticatorAttachment(present(node, "authenticatorAttachment")
                        ? json.treeToValue(node.path("authenticatorAttachment"), AuthenticatorAttachment.class) : null)
                .residentKey(present(node, "residentKey")
                        ? ResidentKeyRequirement.valueOf(node.path("residentKey").asString()) : null)
                .userVerification(verification(node.path("userVerification")))
                .build();
    }

    private Bytes bytes(JsonNode node) {
        return json.treeToValue(node, Bytes.class);
    }

    private List<PublicKeyCredentialParameters> algorithms(JsonNode list) {
        List<PublicKeyCredentialParameters> algorithms = new ArrayList<>();
        for (JsonNode parameter : list) {
            COSEAlgorithmIdentifier alg = json.treeToValue(parameter.path("alg"), COSEAlgorithmIdentifier.class);
            ALGORITHMS.stream().filter(known -> known.getAlg() == alg).findFirst().ifPresent(algorithms::add);
        }
        return algorithms;
    }

    private List<PublicKeyCredentialDescriptor> descriptors(JsonNode list) {
        List<PublicKeyCredentialDescriptor> descriptors = new ArrayList<>();
        for (JsonNode descriptor : list) {
            Set<AuthenticatorTransport> transports = new LinkedHashSet<>();
            for (JsonNode transport : descriptor.path("transports")) {
                transports.add(json.treeToValue(transport, AuthenticatorTransport.class));
            }
            descriptors.add(PublicKeyCredentialDescriptor.builder()
                    .type(json.treeToValue(descriptor.path("type"), PublicKeyCredentialType.class))
                    .id(bytes(descriptor.path("id")))
                    .transports(transports)
                    .build());
        }
        return descriptors;
    }

    private static UserVerificationRequirement verification(JsonNode value) {
        return VERIFICATIONS.stream().filter(known -> known.getValue().equals(value.asString(null))).findFirst()
                .orElse(null);
    }

    private AuthenticationExtensionsClientInputs extensions(JsonNode node) {
        List<AuthenticationExtensionsClientInput> inputs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> input : node.properties()) {
            boolean credProps = ImmutableAuthenticationExtensionsClientInput.credProps.getExtensionId()
                    .equals(input.getKey()) && input.getValue().asBoolean();
            inputs.add(credProps ? ImmutableAuthenticationExtensionsClientInput.credProps
                    : new ImmutableAuthenticationExtensionsClientInput<>(input.getKey(),
                            json.treeToValue(input.getValue(), Object.class)));
        }
        return new ImmutableAuthenticationExtensionsClientInputs(inputs);
    }

    private static boolean present(JsonNode node, String field) {
        return !node.path(field).isMissingNode() && !node.path(field).isNull();
    }
}
