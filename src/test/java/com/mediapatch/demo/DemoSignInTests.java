package com.mediapatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DemoSignInTests {

    @Test
    void theReadmeNamesTheMemberTheSeederTellsNewcomersToSignInAs() throws Exception {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(readme).contains("`" + DemoCommunity.signInMember().email() + "`");
    }
}
