package com.mediapatch.vault.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the vault finds its master keyset and paces background work.
 *
 * @param masterKeyset the master keyset as Tink JSON (env MEDIAPATCH_VAULT_MASTER_KEYSET), for
 *        installations that inject secrets through the environment
 * @param masterKeysetFile a file holding it (env MEDIAPATCH_VAULT_MASTER_KEYSET_FILE)
 * @param resealInterval how often the background job re-encrypts values under old keys
 * @param retireGrace how long after a rotation an old key stays usable, so every node has
 *        picked up the new primary before the old one is disabled
 * @param keysetRefresh how often a node re-reads the keyset other nodes may have rotated
 */
@ConfigurationProperties("mediapatch.vault")
record VaultProperties(String masterKeyset, String masterKeysetFile,
        @DefaultValue("1m") Duration resealInterval, @DefaultValue("10m") Duration retireGrace,
        @DefaultValue("30s") Duration keysetRefresh) {
}
