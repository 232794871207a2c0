package com.mediapatch.identity.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends account mail only once the transaction that asked for it committed, and on its own
 * thread: a sign-up that rolls back or dies with the process never mails a link to an account
 * that does not exist. Work that decides whether to mail at all (looking an address up for a
 * reset link) runs on the same thread through {@link #decideOffRequestThread}, so the request
 * does the same work whether the address has an account or not.
 */
@Component
class OutgoingMail implements DisposableBean {

    static final String THREAD_NAME = "account-mail-";
    /** Gauge of mails (and decisions that may lead to one) not yet handed to the mail server or the mailbox folder. */
    static final String PENDING_METRIC = "mediapatch.mail.pending";
    private static final Logger log = LoggerFactory.getLogger(OutgoingMail.class);

    private final JavaMailSender sender;
    private final ExecutorService thread;
    private final AtomicInteger pending = new AtomicInteger();

    OutgoingMail(JavaMailSender sender, ObjectProvider<MeterRegistry> meters) {
        this.sender = sender;
        meters.ifAvailable(registry -> Gauge.builder(PENDING_METRIC, pending, AtomicInteger::get)
                .description("Account mails committed or being decided, not yet handed to the mail server or mailbox").register(registry));
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
                    queue(message, what);
                }
            });
        } else {
            queue(message, what);
        }
    }

    /**
     * Runs {@code decision} (which may look things up and mail through {@link #sendAfterCommit}) on the mail
     * thread and returns at once. It lives only in this node's memory: if the node stops first the mail is not
     * sent and the member asks again, which the forms invite anyway.
     */
    void decideOffRequestThread(String what, Runnable decision) {
        run(what, () -> {
            try {
                decision.run();
            } catch (RuntimeException e) {
                // Only which kind of mail and the kind of failure: a database message may quote the address.
                log.error("Could not prepare the {} mail: {}", what, e.getClass().getName());
            }
        });
    }

    private void queue(MimeMessage message, String what) {
        run(what, () -> send(message, what));
    }

    /** A mail sent from a decision is queued (and counted) before the decision stops counting: no gap in between. */
    private void run(String what, Runnable work) {
        pending.incrementAndGet();
        try {
            thread.execute(() -> {
                try {
                    work.run();
                } finally {
                    pending.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException stopping) {
            pending.decrementAndGet();
            log.error("Could not send the {} mail: the application is stopping", what);
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
