package com.mediapatch.search.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search's embedded Lucene backend, set up through Hibernate's own properties: the index
 * folder, the analyzers, and changes searchable as soon as their transaction commits. Entities are
 * mapped by the modules that own them. Several nodes each with their own folder would each see only
 * their own changes: scale-out needs the Elasticsearch/OpenSearch backend (see docs/architecture.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class SearchConfiguration {

    @Bean
    HibernatePropertiesCustomizer searchBackend(SearchProperties search, @Value("${mediapatch.data-dir}") String dataDir) {
        return properties -> {
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
            // The index's schema follows the mappings: new fields are added on start, nothing is dropped.
            properties.put("hibernate.search.schema_management.strategy", "create-or-update");
        };
    }
}
