package com.mediapatch.godmode.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GodPagesTests {

    @Test
    void addressesAreWrittenAsPeopleWriteThem() {
        assertThat(GodPages.address("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(GodPages.address("2001:db8:0:0:0:0:0:42")).isEqualTo("2001:db8::42");
        assertThat(GodPages.address("fe80:0:0:0:0202:b3ff:fe1e:8329")).isEqualTo("fe80::202:b3ff:fe1e:8329");
        assertThat(GodPages.address("2001:db8:1:0:1:0:1:1")).isEqualTo("2001:db8:1:0:1:0:1:1");
        assertThat(GodPages.address("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(GodPages.address(null)).isNull();
    }
}
