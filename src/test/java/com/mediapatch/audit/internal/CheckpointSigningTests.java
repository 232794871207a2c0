package com.mediapatch.audit.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Base64;

import com.mediapatch.audit.Checkpoint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointSigningTests {

    @TempDir
    Path dataDir;

    private final byte[] root = TreeHashes.leaf(new byte[] {42});
    private final Instant at = Instant.parse("2026-11-25T12:00:00.789Z");

    @Test
    void signedCheckpointVerifiesAndCarriesWhatWasSigned() {
        Checkpoint checkpoint = notary().sign("mediapatch/patch.example.org", 17, root, at);

        assertThat(checkpoint.size()).isEqualTo(17);
        assertThat(checkpoint.root()).isEqualTo(TreeHashes.hex(root));
        assertThat(checkpoint.at()).isEqualTo(Instant.parse("2026-11-25T12:00:00Z"));
        assertThat(Base64.getDecoder().decode(checkpoint.signature())).hasSize(64);
        assertThat(notary().verifies(checkpoint)).isTrue();
    }

    @Test
    void anyAlteredFieldBreaksTheSignature() {
        CheckpointNotary notary = notary();
        Checkpoint good = notary.sign("mediapatch/localhost", 17, root, at);
        byte[] signature = Base64.getDecoder().decode(good.signature());
        signature[10] ^= 0x01;

        assertThat(notary.verifies(new Checkpoint("mediapatch/elsewhere", 17, good.root(), good.at(), good.signature())))
                .isFalse();
        assertThat(notary.verifies(new Checkpoint(good.origin(), 16, good.root(), good.at(), good.signature()))).isFalse();
        assertThat(notary.verifies(new Checkpoint(good.origin(), 17, TreeHashes.hex(TreeHashes.empty()), good.at(),
                good.signature()))).isFalse();
        assertThat(notary.verifies(new Checkpoint(good.origin(), 17, good.root(), good.at().plusSeconds(1),
                good.signature()))).isFalse();
        assertThat(notary.verifies(new Checkpoint(good.origin(), 17, good.root(), good.at(),
                Base64.getEncoder().encodeToString(signature)))).isFalse();
        assertThat(notary.verifies(new Checkpoint(good.origin(), 17, good.root(), good.at(), "not base64!"))).isFalse();
        assertThat(notary.verifies(new Checkpoint(good.origin(), 17, "not hex", good.at(), good.signature()))).isFalse();
    }

    @Test
    void anotherInstallationsKeyDoesNotVerify() {
        Checkpoint checkpoint = notary().sign("mediapatch/localhost", 3, root, at);
        CheckpointNotary stranger = new CheckpointNotary(CheckpointKeys.loadOrCreate(dataDir.resolve("other/key")));

        assertThat(stranger.verifies(checkpoint)).isFalse();
    }

    @Test
    void theKeyIsMadeOnceOwnerOnlyAndKeptInPkcs8AndX509() throws Exception {
        Path file = dataDir.resolve("keys/audit-checkpoint.ed25519");
        String publicKey = notary().publicKey();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readAllLines(file)).hasSize(2).satisfies(lines -> {
            assertThat(lines.get(0)).startsWith("ed25519-private-pkcs8 ");
            assertThat(lines.get(1)).isEqualTo("ed25519-public-x509 " + publicKey);
        });
        assertThat(notary().publicKey()).isEqualTo(publicKey);
    }

    @Test
    void checkpointLinesRoundTripAndDamagedLinesAreReportedByNumber() throws Exception {
        CheckpointFile file = new CheckpointFile(dataDir.resolve("audit/checkpoints.log"));
        Checkpoint first = notary().sign("mediapatch/localhost", 3, root, at);
        Checkpoint second = notary().sign("mediapatch/localhost", 5, root, at.plusSeconds(60));
        file.append(first);
        Files.writeString(dataDir.resolve("audit/checkpoints.log"), "garbage line\n", StandardOpenOption.APPEND);
        file.append(second);

        assertThat(file.read()).extracting(CheckpointFile.Line::checkpoint).containsExactly(first, null, second);
        assertThat(file.read().get(1).number()).isEqualTo(2);
        assertThat(file.read().get(1).problem()).contains("expected 5 fields");
        assertThat(CheckpointFile.format(first)).matches("mediapatch/localhost 3 \\S{44} 2026-11-25T12:00:00Z \\S{88}");
        assertThat(CheckpointFile.parse(1, "o x root 2026-11-25T12:00:00Z sig").problem()).contains("size");
        assertThat(CheckpointFile.parse(1, "o 1 AAAA 2026-11-25T12:00:00Z sig").problem()).contains("32 bytes");
    }

    @Test
    void aRestoreRecordAndACheckpointNeverPassForEachOther() {
        CheckpointNotary notary = notary();
        Checkpoint record = notary.sign("mediapatch/localhost", 7, root, at, "restored the nightly backup");
        Checkpoint checkpoint = notary.sign("mediapatch/localhost", 7, root, at);

        assertThat(notary.verifies(record, "restored the nightly backup")).isTrue();
        assertThat(notary.verifies(record)).isFalse();
        assertThat(notary.verifies(record, "another reason")).isFalse();
        assertThat(notary.verifies(checkpoint, "restored the nightly backup")).isFalse();
        CheckpointFile.Line line = CheckpointFile.parse(4, CheckpointFile.formatRestore(record, "restored the nightly backup"));
        assertThat(line.checkpoint()).isEqualTo(record);
        assertThat(line.restoredReason()).isEqualTo("restored the nightly backup");
    }

    @Test
    void theKeyGivenInlineIsTheKeyFileAndHasItsFingerprint() throws Exception {
        CheckpointNotary fromFile = notary();
        String inline = String.join(" ", Files.readAllLines(dataDir.resolve("keys/audit-checkpoint.ed25519")));
        CheckpointNotary fromSetting = new CheckpointNotary(CheckpointKeys.parse(inline));

        assertThat(fromSetting.verifies(fromFile.sign("mediapatch/localhost", 2, root, at))).isTrue();
        assertThat(fromSetting.fingerprint()).isEqualTo(fromFile.fingerprint()).matches("SHA256:[A-Za-z0-9+/]{43}");
        assertThat(new CheckpointNotary(CheckpointKeys.loadOrCreate(dataDir.resolve("other/key"))).fingerprint())
                .isNotEqualTo(fromFile.fingerprint());
        assertThat(CheckpointKeys.loadIfPresent(dataDir.resolve("absent/key"))).isNull();
        assertThat(dataDir.resolve("absent")).doesNotExist();
    }

    private CheckpointNotary notary() {
        return new CheckpointNotary(CheckpointKeys.loadOrCreate(dataDir.resolve("keys/audit-checkpoint.ed25519")));
    }
}
