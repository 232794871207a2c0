/**
 * The key vault: AES-256-GCM field encryption with Google Tink keysets, named secrets shared
 * by every node, and key rotation that re-encrypts existing rows before old keys retire. The
 * field keyset lives in the database wrapped by a master keyset kept outside it.
 */
@ApplicationModule(displayName = "Key vault", allowedDependencies = {"shared", "shared :: web", "operations"})
package com.mediapatch.vault;

import org.springframework.modulith.ApplicationModule;
