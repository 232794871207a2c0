package com.mediapatch.operations;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/** Mail goes to the mailbox folder unless an SMTP host is configured. */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    @ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
    JavaMailSender mailboxFolderMailSender(Environment environment, Clock clock) {
        Path dataDir = Path.of(environment.getRequiredProperty(DataDirectory.PROPERTY));
        return new MailboxFolderMailSender(dataDir.resolve("mailbox"), clock);
    }
}
