package com.mediapatch.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

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

    @Test
    void filesAnEarlierVersionLeftReadableToOthersAreClosedAtStart() throws IOException {
        Path dataDir = temp.resolve("upgraded");
        Files.createDirectories(dataDir.resolve("db"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path database = Files.createFile(dataDir.resolve("db/mediapatch.mv.db"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

        DataDirectory.prepare(dataDir);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("db")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database))).isEqualTo("rw-------");
        assertThat(dataDir.resolve("audit")).isDirectory();
    }

    @Test
    void ownerOnlyFilesAreMadeWithoutAnyRightsForOthers() throws IOException {
        Path file = DataDirectory.createOwnerOnlyFile(temp.resolve("secret.key"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThatThrownBy(() -> DataDirectory.createOwnerOnlyFile(file)).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }
}
