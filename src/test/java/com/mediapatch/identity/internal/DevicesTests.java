package com.mediapatch.identity.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DevicesTests {

    @Test
    void namesCommonBrowsersAndSystems() {
        assertThat(Devices.describe("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"))
                .isEqualTo("Firefox on Linux");
        assertThat(Devices.describe("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).isEqualTo("Edge on Windows");
        assertThat(Devices.describe("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")).isEqualTo("Safari on iPhone");
    }

    @Test
    void unknownAgentsStillGetADescription() {
        assertThat(Devices.describe(null)).isEqualTo("Unknown device");
        assertThat(Devices.describe("SomethingNew/1.0")).isEqualTo("A browser");
    }
}
