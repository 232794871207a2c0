package com.mediapatch.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.mediapatch.audit.internal.AuditReport;
import com.mediapatch.operations.DataDirectory;
import com.mediapatch.operations.PublicAddress;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The audit log from the command line, for operators and scheduled jobs:
 * "java -jar mediapatch.jar audit verify [--witness FILE]" checks the whole log, every
 * checkpoint and the anchor outside the database (with a witness file, also every line of that
 * copy of the checkpoint log); "audit checkpoint" signs one now; "audit restored --reason TEXT"
 * signs a record that the database was just restored to the size it has now. Starts only the
 * audit and operations modules, without a web server, against the configured database and
 * data dir (further arguments are Spring properties, such as --mediapatch.data-dir=...).
 * "audit verify" changes nothing: it fails on a missing or empty data dir and never creates a
 * folder, a key or a database. With the embedded database, stop the platform first: H2 lets
 * one process at a time open its file. Exit status: 0 when verification passed or the record
 * was signed, 1 when verification found anything wrong, 2 for a usage error.
 */
public final class AuditCommand {

    private static final String USAGE = "usage: audit verify [--witness FILE] | audit checkpoint"
            + " | audit restored --reason TEXT [--property=value ...]";

    private AuditCommand() {
    }

    /** Whether the arguments ask for an audit command rather than the web application. */
    public static boolean handles(String... args) {
        return args.length > 0 && "audit".equals(args[0]);
    }

    /** Runs the command the arguments name and returns the process exit status. */
    public static int run(PrintStream out, String... args) {
        String command = args.length > 1 ? args[1] : "";
        List<String> properties = new ArrayList<>();
        String witness = null;
        String reason = null;
        for (int i = 2; i < args.length; i++) {
            String option = args[i].contains("=") ? args[i].substring(0, args[i].indexOf('=')) : args[i];
            if (option.equals("--witness") || option.equals("--reason")) {
                String value = args[i].contains("=") ? args[i].substring(args[i].indexOf('=') + 1)
                        : i + 1 < args.length ? args[++i] : null;
                if (option.equals("--witness")) {
                    witness = value;
                } else {
                    reason = value;
                }
            } else {
                properties.add(args[i]);
            }
        }
        boolean usable = switch (command) {
            case "verify" -> reason == null;
            case "checkpoint" -> witness == null && reason == null;
            case "restored" -> witness == null && reason != null && !reason.isBlank();
            default -> false;
        };
        if (!usable) {
            out.println(USAGE);
            return 2;
        }
        if (command.equals("verify")) {
            String missing = missingDataDir(properties);
            if (missing != null) {
                out.println("Audit log verification\n  " + missing + "\nFAILED");
                return 1;
            }
            properties.addAll(List.of("--mediapatch.audit.read-only=true", "--spring.flyway.enabled=false",
                    "--" + DataDirectory.CREATE_PROPERTY + "=false"));
        }
        properties.add("--mediapatch.audit.background=false");
        SpringApplicationBuilder builder = new SpringApplicationBuilder(AuditModuleOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=warn");
        if (command.equals("verify")) {
            builder.listeners(new ExistingDatabaseOnly());
        }
        ConfigurableApplicationContext context;
        try {
            context = builder.run(properties.toArray(String[]::new));
        } catch (RuntimeException e) {
            if (!command.equals("verify")) {
                throw e;
            }
            out.println("Audit log verification\n  cannot open the database: " + rootCause(e) + "\nFAILED");
            return 1;
        }
        try (context) {
            AuditLog log = context.getBean(AuditLog.class);
            if (command.equals("checkpoint")) {
                out.print(AuditReport.of(log.checkpoint()));
                return 0;
            }
            if (command.equals("restored")) {
                out.print(AuditReport.ofRestore(log.recordRestore(reason)));
                return 0;
            }
            VerificationOptions options = log.configuredVerificationOptions();
            AuditVerification result;
            try {
                result = log.verify(witness == null ? options : options.withWitness(Path.of(witness)));
            } catch (RuntimeException e) {
                out.println("Audit log verification\n  cannot read the log: " + rootCause(e) + "\nFAILED");
                return 1;
            }
            out.print(AuditReport.of(result));
            return result.passed() ? 0 : 1;
        }
    }

    /** Why the data dir cannot be verified (missing, not a folder, empty), or null. */
    private static String missingDataDir(List<String> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(properties.toArray(String[]::new)));
        Path dir = Path.of(environment.getProperty("mediapatch.data-dir", "./data")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            return "the data dir " + dir + " does not exist";
        }
        try (Stream<Path> contents = Files.list(dir)) {
            return contents.findAny().isPresent() ? null : "the data dir " + dir + " is empty";
        } catch (IOException e) {
            return "the data dir " + dir + " cannot be read: " + e;
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** Makes an embedded H2 database refuse to open rather than create an empty one. */
    private static final class ExistingDatabaseOnly implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            ConfigurableEnvironment environment = event.getEnvironment();
            String url = environment.getProperty("spring.datasource.url", "");
            if (url.startsWith("jdbc:h2:file:") && !url.toUpperCase().contains("IFEXISTS")) {
                environment.getPropertySources().addFirst(new MapPropertySource("auditVerifyExistingDatabase",
                        Map.of("spring.datasource.url", url + ";IFEXISTS=TRUE")));
            }
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
