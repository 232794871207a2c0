package com.mediapatch.godmode.console;

import com.mediapatch.audit.AuditLog;
import com.mediapatch.audit.AuditVerification;
import com.mediapatch.audit.Checkpoint;
import com.mediapatch.godmode.CommandInput;
import com.mediapatch.godmode.ConsoleCommand;
import com.mediapatch.godmode.GodActor;
import com.mediapatch.godmode.internal.Overrides;
import com.mediapatch.godmode.internal.VerificationText;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code audit verify} and {@code audit checkpoint}. */
@Configuration(proxyBeanMethods = false)
class AuditCommands {

    @Bean
    ConsoleCommand auditVerify(Overrides overrides, AuditLog audit) {
        return new FixedCommand("audit verify", "Checks the whole audit log: hash chain, Merkle tree, every checkpoint") {
            @Override
            public String preview(CommandInput input) {
                return "Re-compute and check all " + audit.size() + " audit entries against the chain and every signed checkpoint. Changes nothing.";
            }

            @Override
            public String run(CommandInput input, GodActor actor) {
                AuditVerification verification = overrides.verifyAudit(actor);
                return VerificationText.of(verification);
            }
        };
    }

    @Bean
    ConsoleCommand auditCheckpoint(Overrides overrides, AuditLog audit) {
        return new FixedCommand("audit checkpoint", "Signs a checkpoint of the audit log now") {
            @Override
            public String preview(CommandInput input) {
                return "Sign a checkpoint over the " + audit.size() + " entries in the log and append it to the checkpoint file.";
            }

            @Override
            public String run(CommandInput input, GodActor actor) {
                Checkpoint checkpoint = overrides.checkpoint(actor);
                return "Signed checkpoint: size " + checkpoint.size() + ", root " + checkpoint.root() + ".";
            }
        };
    }
}
