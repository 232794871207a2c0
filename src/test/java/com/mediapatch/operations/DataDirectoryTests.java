package com.mediapatch.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataDirectoryTests {

    @TempDir
    Path temp;

    @Test
    void createsTheDirectoryAndPublishesItsAbsolutePath() {
        Path wanted = temp.resolve("nested/data");
        MockEnvironment environment = new MockEnvironment().withProperty(DataDirectory.PROPERTY, wanted.toString());

        new DataDirectory().postProcessEnvironment(environment, new SpringApplication());

        assertThat(wanted).isDirectory();
        assertThat(environment.getProperty(DataDirectory.PROPERTY)).isEqualTo(wanted.toAbsolutePath().toString());
    }

    @Test
    void relativePathsAreMadeAbsoluteSoTheDatabaseUrlIsUnambiguous() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(DataDirectory.PROPERTY, temp.resolve("a/../b").toString());

        new DataDirectory().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(DataDirectory.PROPERTY)).isEqualTo(temp.resolve("b").toString());
    }

    @Test
    void aFileInTheWayIsRefusedNamingThePath() throws IOException {
        Path blocker = Files.writeString(temp.resolve("data"), "not a directory");

        assertThatThrownBy(() -> DataDirectory.prepare(blocker))
                .isInstanceOf(DataDirectoryUnavailable.class)
                .hasMessageContaining(blocker.toString())
                .hasMessageContaining("cannot be created");
    }
}
