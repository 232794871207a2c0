package com.mediapatch.identity.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends account mail only once the transaction that asked for it committed, and on its own
 * thread: a sign-up that rolls back or dies with the process never mails a link to an account
 * that does not exist, and a request takes as long whether it mails or not (the reset form
 * reveals nothing through its timing).
 */
@Component
class OutgoingMail implements DisposableBean {

    static final String THREAD_NAME = "account-mail-";
    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

    private final JavaMailSender sender;
    private final ExecutorService thread;

    OutgoingMail(JavaMailSender sender) {
        this.sender = sender;
        AtomicInteger count = new AtomicInteger();
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread named = new Thread(task, THREAD_NAME + count.incrementAndGet());
            named.setDaemon(true);
            return named;
        });
    }

    MimeMessage create() {
        return sender.createMimeMessage();
    }

    void sendAfterCommit(MimeMessage message, String what) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    thread.execute(() -> send(message, what));
                }
            });
        } else {
            thread.execute(() -> send(message, what));
        }
    }

    private void send(MimeMessage message, String what) {
        try {
            sender.send(message);
        } catch (MailException e) {
            // Neither the address nor the text: only which kind of mail failed, and why.
            log.error("Could not send the {} mail: {}", what, e.toString());
        }
    }

    /** Lets mail already committed go out before the application stops. */
    @Override
    public void destroy() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
