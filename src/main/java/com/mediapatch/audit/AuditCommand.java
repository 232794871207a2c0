package com.mediapatch.audit;

import java.io.PrintStream;
import java.util.Arrays;

import com.mediapatch.audit.internal.AuditReport;
import com.mediapatch.operations.PublicAddress;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * The audit log from the command line, for operators and scheduled jobs:
 * "java -jar mediapatch.jar audit verify" checks the whole log and every checkpoint, and
 * "audit checkpoint" signs one now. Starts only the audit and operations modules, without a
 * web server, against the configured database and data dir (further arguments are Spring
 * properties, such as --mediapatch.data-dir=...). With the embedded database, stop the
 * platform first: H2 lets one process at a time open its file. Exit status: 0 when
 * verification passed or the checkpoint was signed, 1 when verification found anything
 * wrong, 2 for a usage error.
 */
public final class AuditCommand {

    private AuditCommand() {
    }

    /** Whether the arguments ask for an audit command rather than the web application. */
    public static boolean handles(String... args) {
        return args.length > 0 && "audit".equals(args[0]);
    }

    /** Runs the command the arguments name and returns the process exit status. */
    public static int run(PrintStream out, String... args) {
        String command = args.length > 1 ? args[1] : "";
        if (!command.equals("verify") && !command.equals("checkpoint")) {
            out.println("usage: audit verify | audit checkpoint [--property=value ...]");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AuditModuleOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=warn").run(Arrays.copyOfRange(args, 2, args.length))) {
            AuditLog log = context.getBean(AuditLog.class);
            if (command.equals("checkpoint")) {
                out.print(AuditReport.of(log.checkpoint()));
                return 0;
            }
            AuditVerification result = log.verify();
            out.print(AuditReport.of(result));
            return result.passed() ? 0 : 1;
        }
    }

    /**
     * The audit module and the operations module it needs (clock, data dir, public address),
     * with Spring Boot's auto-configuration for the database. Not a configuration class the
     * platform's component scan would pick up: only the command starts it.
     */
    @EnableAutoConfiguration
    @ComponentScan(basePackageClasses = {AuditLog.class, PublicAddress.class})
    static class AuditModuleOnly {
    }
}
