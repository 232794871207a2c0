package com.mediapatch.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;

import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;

import org.springframework.security.web.webauthn.api.AuthenticatorAttestationResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;

/**
 * A software passkey answering a registration ceremony as a browser would: a fresh P-256 key,
 * "none" attestation, the challenge and origin in the client data.
 */
final class EmulatedAuthenticator {

    private EmulatedAuthenticator() {
    }

    static PublicKeyCredential<AuthenticatorAttestationResponse> attest(PublicKeyCredentialCreationOptions options,
            String origin) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        ECPublicKey key = (ECPublicKey) generator.generateKeyPair().getPublic();
        Bytes credentialId = Bytes.random();
        byte[] rpIdHash = MessageDigest.getInstance("SHA-256")
                .digest(options.getRp().getId().getBytes(StandardCharsets.UTF_8));
        AuthenticatorData<RegistrationExtensionAuthenticatorOutput> data = new AuthenticatorData<>(rpIdHash,
                (byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_UV | AuthenticatorData.BIT_AT), 0,
                new AttestedCredentialData(AAGUID.ZERO, credentialId.getBytes(),
                        EC2COSEKey.create(key, COSEAlgorithmIdentifier.ES256)));
        byte[] attestation = new ObjectConverter().getCborConverter()
                .writeValueAsBytes(new AttestationObject(data, new NoneAttestationStatement()));
        String clientData = "{\"type\":\"webauthn.create\",\"challenge\":\"" + options.getChallenge().toBase64UrlString()
                + "\",\"origin\":\"" + origin + "\",\"crossOrigin\":false}";
        return PublicKeyCredential.<AuthenticatorAttestationResponse>builder()
                .id(credentialId.toBase64UrlString())
                .rawId(credentialId)
                .type(PublicKeyCredentialType.PUBLIC_KEY)
                .response(AuthenticatorAttestationResponse.builder()
                        .attestationObject(new Bytes(attestation))
                        .clientDataJSON(new Bytes(clientData.getBytes(StandardCharsets.UTF_8)))
                        .transports(AuthenticatorTransport.INTERNAL)
                        .build())
                .build();
    }
}
