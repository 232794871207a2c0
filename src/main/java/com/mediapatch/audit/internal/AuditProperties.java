package com.mediapatch.audit.internal;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the audit log ({@code mediapatch.audit.*}).
 *
 * @param origin the name checkpoints carry; empty means "mediapatch/" followed by the host
 *        of the public URL
 * @param checkpointInterval how often a checkpoint is signed, when the log has grown since the last
 * @param refusalWindow refused requests are counted per reason and client over windows this long
 * @param checkpointFile where checkpoints are appended; empty means audit/checkpoints.log in the data dir
 * @param checkpointKey the checkpoint key pair inline (the key file's two lines, newlines or
 *        spaces between them), so every node of a cluster signs with the same key; empty: use the file
 * @param checkpointKeyFile the checkpoint key file; empty means keys/audit-checkpoint.ed25519 in the data dir
 * @param checkpointKeyFingerprint the pinned fingerprint of the checkpoint public key
 *        ("SHA256:..."); when set, the verifier fails on any other key
 * @param readOnly set by "audit verify": never create a key, a checkpoint or a folder
 * @param background whether checkpoints are signed on a schedule (off for the commands)
 * @param witness where each checkpoint is also sent, off the box
 * @param verify the limits the verifier applies by default
 */
@Validated
@ConfigurationProperties("mediapatch.audit")
public record AuditProperties(
        @DefaultValue("") @Pattern(regexp = "\\S*") String origin,
        @DefaultValue("1m") @NotNull Duration checkpointInterval,
        @DefaultValue("1m") @NotNull Duration refusalWindow,
        @DefaultValue("") String checkpointFile,
        @DefaultValue("") String checkpointKey,
        @DefaultValue("") String checkpointKeyFile,
        @DefaultValue("") String checkpointKeyFingerprint,
        @DefaultValue("false") boolean readOnly,
        @DefaultValue("true") boolean background,
        @DefaultValue @Valid Witness witness,
        @DefaultValue @Valid Verify verify) {

    /**
     * Copies of every checkpoint kept where the server's insider cannot rewrite them.
     *
     * @param file a file to append each checkpoint line to (mount it from elsewhere); empty: none
     * @param url an address each checkpoint line is POSTed to as text/plain; null: none
     * @param mail whether each checkpoint is mailed to the God addresses
     * @param timeout how long the HTTP witness may take
     */
    public record Witness(@DefaultValue("") String file, URI url, @DefaultValue("false") boolean mail,
            @DefaultValue("5s") @NotNull Duration timeout) {
    }

    /**
     * Verifier limits on the entries no checkpoint covers yet (a rewrite there is invisible).
     *
     * @param maxUnsignedEntries fail when more entries than this are unsigned; 0: no limit
     * @param maxUnsignedAge fail when the oldest unsigned entry is older than this; 0: no limit
     */
    public record Verify(@DefaultValue("0") @Min(0) long maxUnsignedEntries,
            @DefaultValue("0s") @NotNull Duration maxUnsignedAge) {
    }
}
