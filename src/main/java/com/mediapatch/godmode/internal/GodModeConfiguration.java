package com.mediapatch.godmode.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GodModeProperties.class)
class GodModeConfiguration {
}
