package com.mediapatch.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

import com.mediapatch.identity.AccountId;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live delivery benchmark, not a test: run it with bench/live/run.sh. It starts Tomcat +
 * Spring MVC with the live channel's real delivery path ({@link LiveChannel} in-process fan-out
 * through each tab's bounded queue to its SSE emitter) but without database, sign-in or rate limits, and
 * connects clients over loopback with the JDK HTTP client in the same JVM.
 * <ul>
 * <li>{@code latency [clients] [messages]}: every message goes to every client (a group of
 * {@code clients} members); reports p50/p99/max from publish to the client reading the event.</li>
 * <li>{@code idle [max] [step]}: opens idle streams in steps, measuring used heap after GC.</li>
 * </ul>
 */
public final class LiveDeliveryBenchmark {

    private LiveDeliveryBenchmark() {
    }

    /** Registered explicitly by the benchmark's main; no stereotype, so test contexts never scan it in. */
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class})
    static class Server {

        @Bean
        LiveChannel channel() {
            return new LiveChannel(new LiveProperties("", 8, 256, 500, java.time.Duration.ofMinutes(30)),
                    new com.mediapatch.operations.Installation("benchmark"), List.of());
        }

        @Bean
        Streams streams(LiveChannel channel) {
            return new Streams(channel);
        }
    }

    @RequestMapping
    @ResponseBody
    static class Streams {

        private final LiveChannel channel;

        Streams(LiveChannel channel) {
            this.channel = channel;
        }

        @GetMapping(path = "/stream/{member}", produces = "text/event-stream")
        SseEmitter stream(@PathVariable int member) throws Exception {
            return channel.open(account(member), null, new SseEmitter(0L));
        }
    }

    static AccountId account(int member) {
        return new AccountId(new UUID(0, member));
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "latency";
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Server.class)
                .properties("spring.config.location=optional:file:/nonexistent/", "server.port=0",
                        "server.tomcat.max-connections=30000", "server.tomcat.accept-count=2000",
                        "spring.main.banner-mode=off", "logging.level.root=warn", "mediapatch.tls.mode=off",
                        "mediapatch.data-dir=target/bench-data")
                .run()) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            LiveChannel realTime = context.getBean(LiveChannel.class);
            HttpClient http = HttpClient.newBuilder().build();
            System.out.printf("java %s, %d cores, max heap %d MiB%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            if (mode.equals("idle")) {
                idle(http, port, realTime, arg(args, 1, 15000), arg(args, 2, 1000));
            } else {
                latency(http, port, realTime, arg(args, 1, 1000), arg(args, 2, 200));
            }
        }
        System.exit(0);
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    private static void latency(HttpClient http, int port, LiveChannel realTime, int clients, int messages)
            throws Exception {
        long[][] latencies = new long[clients][messages];
        AtomicLong received = new AtomicLong();
        for (int i = 0; i < clients; i++) {
            connect(http, port, i, new Recorder(latencies[i], received));
        }
        awaitConnections(realTime, clients);
        List<AccountId> everyone = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            everyone.add(account(i));
        }
        AccountId sender = account(-1);
        LiveKind kind = new LiveKind("bench", "new");
        java.util.Set<AccountId> recipients = java.util.Set.copyOf(everyone);
        long start = System.nanoTime();
        for (int m = 0; m < messages; m++) {
            realTime.publish(new LiveEvent(kind, sender, recipients, "{}", System.nanoTime()));
            Thread.sleep(10);
        }
        long expected = (long) clients * messages;
        long deadline = System.currentTimeMillis() + 60_000;
        while (received.get() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).filter(l -> l > 0).sorted().toArray();
        System.out.printf("latency: %d clients, %d messages (every message to every client), %d of %d deliveries in %.1f s%n",
                clients, messages, all.length, expected, seconds);
        System.out.printf("  p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n", pct(all, 50), pct(all, 90),
                pct(all, 99), all[all.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, int p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }

    private static void idle(HttpClient http, int port, LiveChannel realTime, int max, int step) throws Exception {
        long base = usedAfterGc();
        System.out.printf("idle: used heap after GC with no streams: %d MiB%n", base >> 20);
        for (int open = step; open <= max; open += step) {
            for (int i = open - step; i < open; i++) {
                connect(http, port, i, new Recorder(new long[0], new AtomicLong()));
            }
            if (!awaitConnections(realTime, open)) {
                System.out.printf("  stopped: only %d of %d streams connected%n", realTime.connections(), open);
                return;
            }
            long used = usedAfterGc();
            System.out.printf("  %6d streams: used heap %4d MiB, %.1f KiB per stream (server and client side together)%n",
                    open, used >> 20, (used - base) / 1024.0 / open);
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static boolean awaitConnections(LiveChannel realTime, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 120_000;
        while (realTime.connections() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        return realTime.connections() >= count;
    }

    private static CompletableFuture<?> connect(HttpClient http, int port, int member, Recorder recorder) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stream/" + member))
                .header("Accept", "text/event-stream").build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(recorder));
    }

    /** Reads event ids ("bench:" and the publish time in nanoseconds) and records how long each took to arrive. */
    static final class Recorder implements Flow.Subscriber<String> {

        static final boolean DEBUG = Boolean.getBoolean("bench.debug");

        private final long[] latencies;
        private final AtomicLong received;
        private int next;

        Recorder(long[] latencies, AtomicLong received) {
            this.latencies = latencies;
            this.received = received;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (DEBUG) {
                System.out.println("line: " + line);
            }
            if (line.startsWith("id:")) {
                long latency = System.nanoTime() - Long.parseLong(line.substring(line.indexOf(':', 3) + 1).strip());
                if (next < latencies.length) {
                    latencies[next++] = latency;
                }
                received.incrementAndGet();
            }
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }
}
