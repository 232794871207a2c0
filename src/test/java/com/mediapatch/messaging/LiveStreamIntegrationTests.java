package com.mediapatch.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.live.LiveRoutes;
import com.mediapatch.notifications.NotificationRaised;
import com.mediapatch.messaging.internal.Messenger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The live channel over a real server: messages to members only, catch-up after reconnecting, the bell. */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(FakeSocialGraph.Config.class)
class LiveStreamIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    AccountFixtures accounts;
    @Autowired
    Messenger messenger;
    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private final List<Thread> readers = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void closeStreams() {
        readers.forEach(Thread::interrupt);
    }

    /** Events of one topic as "name|id|data", read on a background thread. */
    private BlockingQueue<String> open(String session, String lastEventId, String topic) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + LiveRoutes.STREAM))
                .header("Cookie", "SESSION=" + session).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<java.io.InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String name = null;
                String id = null;
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.startsWith("event:")) {
                        name = line.substring(6);
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3);
                    } else if (line.startsWith("data:") && name != null && !name.startsWith(topic + ".")) {
                        name = null;
                    } else if (line.startsWith("data:") && name != null) {
                        events.add(name + "|" + id + "|" + line.substring(5));
                        name = null;
                        id = null;
                    }
                }
            } catch (Exception closed) {
                // the test is over
            }
        });
        reader.setDaemon(true);
        reader.start();
        readers.add(reader);
        return events;
    }

    private String session(String email) throws Exception {
        return accounts.signIn(email).getValue();
    }

    @Test
    void membersReceiveNewMessagesLiveAndOthersDoNot() throws Exception {
        String aliceEmail = accounts.verifiedMember("Alice Live");
        String carolEmail = accounts.verifiedMember("Carol Outside");
        AccountId alice = accounts.accountId(aliceEmail);
        AccountId bob = accounts.accountId(accounts.verifiedMember("Bob Live"));
        AccountId carol = accounts.accountId(carolEmail);
        BlockingQueue<String> aliceEvents = open(session(aliceEmail), null, "messages");
        BlockingQueue<String> carolEvents = open(session(carolEmail), null, "messages");

        UUID ours = messenger.startDirect(bob, alice);
        Message sent = messenger.send(ours, bob, "are you there?");
        String event = aliceEvents.poll(10, TimeUnit.SECONDS);
        assertThat(event).startsWith("messages.new|messages:" + sent.seq() + "|").contains(sent.id().toString());

        messenger.typing(ours, bob);
        assertThat(aliceEvents.poll(10, TimeUnit.SECONDS)).startsWith("messages.typing|");
        messenger.edit(ours, sent.id(), bob, "are you there now?");
        assertThat(aliceEvents.poll(10, TimeUnit.SECONDS)).startsWith("messages.edit|").contains(sent.id().toString());

        UUID carols = messenger.startDirect(bob, carol);
        Message forCarol = messenger.send(carols, bob, "hi carol");
        // Carol's first event is her own conversation's: nothing of Alice's reached her.
        assertThat(carolEvents.poll(10, TimeUnit.SECONDS)).contains(forCarol.id().toString());
        assertThat(aliceEvents.poll(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void reconnectingWithLastEventIdReplaysMissedMessagesOfOwnConversationsOnly() throws Exception {
        String aliceEmail = accounts.verifiedMember("Alice Away");
        AccountId alice = accounts.accountId(aliceEmail);
        AccountId bob = accounts.accountId(accounts.verifiedMember("Bob Busy"));
        AccountId carol = accounts.accountId(accounts.verifiedMember("Carol Busy"));
        UUID ours = messenger.startDirect(bob, alice);
        Message seen = messenger.send(ours, bob, "before you left");
        UUID notOurs = messenger.startDirect(bob, carol);
        Message missedOne = messenger.send(ours, bob, "while you were away");
        messenger.send(notOurs, bob, "not for alice");
        Message missedTwo = messenger.send(ours, bob, "still away?");

        BlockingQueue<String> events = open(session(aliceEmail), "messages:" + seen.seq(), "messages");
        assertThat(events.poll(10, TimeUnit.SECONDS)).startsWith("messages.new|messages:" + missedOne.seq() + "|");
        assertThat(events.poll(10, TimeUnit.SECONDS)).startsWith("messages.new|messages:" + missedTwo.seq() + "|");
        assertThat(events.poll(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void aNewNotificationRingsTheBellOfTheRecipientsOpenTabs() throws Exception {
        String aliceEmail = accounts.verifiedMember("Alice Bell");
        AccountId alice = accounts.accountId(aliceEmail);
        BlockingQueue<String> events = open(session(aliceEmail), null, "notifications");

        transactions.executeWithoutResult(status -> publisher.publishEvent(
                new NotificationRaised(alice, "friend-request", "Someone wants to connect", "/friends", null, null)));

        assertThat(events.poll(10, TimeUnit.SECONDS)).startsWith("notifications.changed|");
    }

    @Test
    void signedOutVisitorsGetNoStream() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + LiveRoutes.STREAM)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(302, 401, 403);
    }
}
