package com.mediapatch.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mediapatch.search.SearchBackend;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search, set up through Hibernate's own properties. By default its embedded Lucene backend: the
 * index folder, the analyzers, and changes searchable as soon as their transaction commits. With
 * {@code MEDIAPATCH_SEARCH_OPENSEARCH_URL}, an OpenSearch cluster every node shares instead: each change is
 * written to an outbox table in the same transaction as the change, and one node's background agent passes it
 * on, so it is indexed once and a node dying mid-way loses none (searchable a moment after the commit).
 * Entities are mapped by the modules that own them, with annotations or with mapping configurer beans (for
 * what depends on the backend, such as meaning vectors).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean
    SearchBackend searchBackend(SearchProperties search) {
        SearchProperties.OpenSearch cluster = search.opensearch();
        return cluster.configured() ? new SearchBackend(true, cluster.vectors()) : new SearchBackend(false, true);
    }

    @Bean
    HibernatePropertiesCustomizer searchBackendProperties(SearchProperties search,
            @Value("${mediapatch.data-dir}") String dataDir, ObjectProvider<HibernateOrmSearchMappingConfigurer> mappings) {
        return properties -> {
            properties.putAll(search.opensearch().configured() ? cluster(search.opensearch()) : embedded(search, dataDir));
            List<HibernateOrmSearchMappingConfigurer> configurers = mappings.orderedStream().toList();
            if (!configurers.isEmpty()) {
                properties.put("hibernate.search.mapping.configurer", configurers);
            }
            // The index's schema follows the mappings: new fields are added on start, nothing is dropped.
            properties.put("hibernate.search.schema_management.strategy", "create-or-update");
        };
    }

    private static Map<String, Object> embedded(SearchProperties search, String dataDir) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("hibernate.search.backend.type", "lucene");
        properties.put("hibernate.search.backend.directory.type", search.directory());
        if (search.onDisk()) {
            properties.put("hibernate.search.backend.directory.root", search.rootUnder(dataDir).toString());
        }
        // Analysis as Lucene 9.12 does it, whichever 9.x jar is on the class path.
        properties.put("hibernate.search.backend.lucene_version", "9.12.0");
        properties.put("hibernate.search.backend.analysis.configurer", new SearchAnalysis());
        // A change is written and committed to the index before the request that made it answers.
        properties.put("hibernate.search.indexing.plan.synchronization.strategy", "write-sync");
        return properties;
    }

    private static Map<String, Object> cluster(SearchProperties.OpenSearch cluster) {
        log.info("Search uses the OpenSearch cluster at {} (meaning vectors {})", cluster.url(),
                cluster.vectors() ? "on" : "off");
        Map<String, Object> properties = new HashMap<>();
        properties.put("hibernate.search.backend.type", "elasticsearch");
        properties.put("hibernate.search.backend.uris", cluster.url());
        if (!cluster.username().isBlank()) {
            properties.put("hibernate.search.backend.username", cluster.username());
            properties.put("hibernate.search.backend.password", cluster.password());
        }
        properties.put("hibernate.search.backend.analysis.configurer", new OpenSearchAnalysis());
        // Changes travel through the hsearch_outbox_event table; agents (hsearch_agent) share the work among nodes.
        properties.put("hibernate.search.coordination.strategy", "outbox-polling");
        return properties;
    }
}
