package com.mediapatch.identity.internal;

import com.mediapatch.vault.SealedColumn;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

    /** Authenticator secrets are re-encrypted when the vault rotates its key. */
    @Bean
    SealedColumn totpSecrets() {
        return TotpEnrolment.SECRET;
    }

    /**
     * Wraps Spring Boot's JDBC session store, so every request and the sessions page write last
     * access at most once a granularity. A wrapper rather than a bean of its own: Boot's session
     * configuration steps back entirely when the application declares a session repository.
     */
    @Bean
    static BeanPostProcessor sparseAccessSessions(ObjectProvider<IdentityProperties> properties) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository store
                        ? new SparseAccessSessions(store, properties.getObject().sessionAccessGranularity())
                        : bean;
            }
        };
    }
}
