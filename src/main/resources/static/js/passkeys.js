// Passkeys (WebAuthn): creating one from Settings -> Security, and signing in with one.
// The server side is Spring Security's WebAuthn support; this file only talks to the browser.
(function () {
    'use strict';

    // Loaded once per tab; its click listener would otherwise run twice.
    if (window.MediaPatchPasskeys) {
        return;
    }
    window.MediaPatchPasskeys = true;

    function supported() {
        return window.PublicKeyCredential && typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function';
    }

    function base64url(buffer) {
        var bytes = new Uint8Array(buffer);
        var text = '';
        for (var i = 0; i < bytes.length; i++) {
            text += String.fromCharCode(bytes[i]);
        }
        return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }

    async function post(url, body) {
        var headers = {'Content-Type': 'application/json'};
        var csrf = document.getElementById('csrf');
        if (csrf) {
            headers[csrf.dataset.header] = csrf.dataset.token;
        }
        var response = await fetch(url, {method: 'POST', headers: headers, credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body)});
        if (!response.ok) {
            throw new Error('The server answered ' + response.status + '.');
        }
        var text = await response.text();
        return text ? JSON.parse(text) : {};
    }

    function showError(scope, message) {
        var box = scope.querySelector('[data-passkey-error]');
        if (box) {
            box.textContent = message;
            box.hidden = false;
        }
    }

    async function register(button) {
        var options = await post('/webauthn/register/options');
        var created = await navigator.credentials.create({publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options)});
        var response = created.response;
        var result = await post('/webauthn/register', {publicKey: {label: button.dataset.label, credential: {
            id: created.id,
            rawId: base64url(created.rawId),
            response: {
                attestationObject: base64url(response.attestationObject),
                clientDataJSON: base64url(response.clientDataJSON),
                transports: response.getTransports ? response.getTransports() : []
            },
            type: created.type,
            clientExtensionResults: created.getClientExtensionResults(),
            authenticatorAttachment: created.authenticatorAttachment
        }}});
        if (!result.success) {
            throw new Error('The passkey was not accepted.');
        }
        window.location.href = '/settings/security';
    }

    async function signIn() {
        var options = await post('/webauthn/authenticate/options');
        var credential = await navigator.credentials.get({publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options)});
        var response = credential.response;
        var result = await post('/login/webauthn', {
            id: credential.id,
            rawId: base64url(credential.rawId),
            response: {
                authenticatorData: base64url(response.authenticatorData),
                clientDataJSON: base64url(response.clientDataJSON),
                signature: base64url(response.signature),
                userHandle: response.userHandle ? base64url(response.userHandle) : undefined
            },
            credType: credential.type,
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
        });
        window.location.href = result.redirectUrl || '/';
    }

    document.addEventListener('click', function (event) {
        var registerButton = event.target.closest('[data-passkey-register]');
        var signInButton = event.target.closest('[data-passkey-sign-in]');
        if (registerButton) {
            register(registerButton).catch(function (error) {
                showError(registerButton.closest('[data-passkey-panel]') || document, 'Could not create the passkey: ' + error.message);
            });
        } else if (signInButton) {
            signIn().catch(function () {
                showError(signInButton.closest('[data-passkey-sign-in-box]') || document,
                    'That passkey did not work here. Try again, or sign in with your password.');
            });
        }
    });

    function reveal() {
        if (supported()) {
            document.querySelectorAll('[data-passkey-sign-in-box]').forEach(function (box) { box.hidden = false; });
        }
    }

    document.addEventListener('htmx:afterSettle', reveal);
    // Added by app.js after a boosted navigation, the page is already there.
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', reveal);
    } else {
        reveal();
    }
})();
