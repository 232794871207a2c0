package org.mediapatch.ci;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node on loopback, with its HTTP and transport layers and the common analysis
 * module (synonyms, stemming, n-grams) loaded from the class path instead of a distribution's plugin
 * folder. Arguments: the home folder (data and logs go under it) and the HTTP port. Runs until killed.
 */
public final class SingleOpenSearchNode extends Node {

    private SingleOpenSearchNode(Environment environment) {
        super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", "mediapatch-ci")
                .put("node.name", "ci-1")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", args[1])
                .put("transport.port", Integer.parseInt(args[1]) + 100)
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // A small test disk must not turn the indexes read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "ci-1");
        Node node = new SingleOpenSearchNode(environment).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception ignored) {
                // The process is ending either way.
            }
        }));
        new CountDownLatch(1).await();
    }
}
