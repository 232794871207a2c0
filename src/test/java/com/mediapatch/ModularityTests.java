package com.mediapatch;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(MediaPatchApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyPlannedFoundationModuleIsDetected() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("shared", "operations", "site");
    }

    /** Writes the C4 component diagram, one diagram per module and the module canvases. */
    @Test
    void writesModuleDocumentation() {
        Path output = Path.of("target", "spring-modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeDocumentation();

        assertThat(output.resolve("components.puml")).isNotEmptyFile();
        assertThat(output.resolve("module-site.adoc")).isNotEmptyFile();
    }
}
