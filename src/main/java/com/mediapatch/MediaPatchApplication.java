package com.mediapatch;

import com.mediapatch.audit.AuditCommand;
import com.mediapatch.operations.BackupCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MediaPatchApplication {

    public static void main(String[] args) {
        if (AuditCommand.handles(args)) {
            System.exit(AuditCommand.run(System.out, args));
        }
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(System.out, args));
        }
        SpringApplication.run(MediaPatchApplication.class, args);
    }
}
