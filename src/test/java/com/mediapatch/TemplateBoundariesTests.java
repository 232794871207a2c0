package com.mediapatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The companion of {@link ModularityTests} for JTE templates, which the module verifier cannot see: a template
 * under {@code src/main/jte/<module>/} may use its own module's types freely, but another module's only where
 * that module exposes them (its root package or a named interface). Every module found by Spring Modulith is
 * checked by name, so a new module is covered the day it appears.
 */
class TemplateBoundariesTests {

    private static final Path TEMPLATES = Path.of("src", "main", "jte");
    /** Folders every module's pages share: the page shell and components; they belong to no module. */
    private static final Set<String> SHARED_FOLDERS = Set.of("layout", "components");
    private static final Pattern TYPE = Pattern.compile("\\bcom\\.mediapatch(?:\\.[A-Za-z_$][\\w$]*)+");

    private final ApplicationModules modules = ApplicationModules.of(MediaPatchApplication.class);

    @TestFactory
    Stream<DynamicTest> eachModulesTemplatesUseOnlyOtherModulesApi() {
        return modules.stream().map(module -> DynamicTest.dynamicTest(module.getIdentifier().toString(),
                () -> assertThat(trespasses(module.getIdentifier().toString(), templatesOf(module.getIdentifier().toString())))
                        .as("types of other modules' internals used by templates of " + module.getIdentifier())
                        .isEmpty()));
    }

    @Test
    void sharedTemplatesUseOnlyModulesApi() {
        assertThat(SHARED_FOLDERS.stream().flatMap(folder -> trespasses(null, templatesOf(folder)).stream()).toList())
                .isEmpty();
    }

    /** A template folder that is not a module's would escape the checks above. */
    @Test
    void everyTemplateFolderIsAModuleOrShared() throws IOException {
        try (Stream<Path> folders = Files.list(TEMPLATES)) {
            assertThat(folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()))
                    .allMatch(folder -> SHARED_FOLDERS.contains(folder)
                            || modules.stream().anyMatch(module -> module.getIdentifier().toString().equals(folder)));
        }
    }

    @Test
    void theCheckCatchesATemplateUsingAnotherModulesInternals() {
        Set<String> found = trespasses("social", List.of(new Template(Path.of("social", "example.jte"),
                "@import com.mediapatch.messaging.internal.Messenger\n@import com.mediapatch.profiles.ProfileSummary\n")));

        assertThat(found).containsExactly("social/example.jte -> com.mediapatch.messaging.internal.Messenger");
    }

    private Set<String> trespasses(String owner, List<Template> templates) {
        Set<String> found = new TreeSet<>();
        for (Template template : templates) {
            Matcher types = TYPE.matcher(template.text());
            while (types.find()) {
                String name = types.group();
                Class<?> type = load(name).orElseThrow(() -> new AssertionError(template.path() + " names " + name
                        + ", which is no class"));
                ApplicationModule module = modules.getModuleByType(type).orElse(null);
                boolean own = module != null && module.getIdentifier().toString().equals(owner);
                if (module != null && !own && !module.isExposed(type)) {
                    found.add(template.path().toString().replace('\\', '/') + " -> " + name);
                }
            }
        }
        return found;
    }

    /**
     * The class a dotted name points at: the package up to the first capitalised segment, then nested classes
     * as long as they exist ("Page.Stage"); what follows (a constant, a method) is not part of the type.
     */
    private static Optional<Class<?>> load(String dotted) {
        String[] segments = dotted.split("\\.");
        StringBuilder name = new StringBuilder();
        Class<?> found = null;
        for (String segment : segments) {
            boolean typeSegment = Character.isUpperCase(segment.charAt(0));
            if (!typeSegment && found == null) {
                name.append(segment).append('.');
                continue;
            }
            if (!typeSegment) {
                break;
            }
            String candidate = found == null ? name + segment : found.getName() + "$" + segment;
            try {
                found = Class.forName(candidate, false, TemplateBoundariesTests.class.getClassLoader());
            } catch (ClassNotFoundException notAType) {
                break;
            }
        }
        return Optional.ofNullable(found);
    }

    private static List<Template> templatesOf(String folder) {
        Path root = TEMPLATES.resolve(folder);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".jte"))
                    .map(file -> new Template(TEMPLATES.relativize(file), read(file))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Template(Path path, String text) {
    }
}
