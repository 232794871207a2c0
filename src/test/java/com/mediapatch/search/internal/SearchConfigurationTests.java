package com.mediapatch.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.mediapatch.search.SearchBackend;

import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class SearchConfigurationTests {

    private static final HibernateOrmSearchMappingConfigurer VECTORS = context -> { };

    private final SearchConfiguration configuration = new SearchConfiguration();

    @Test
    void withoutAClusterTheIndexIsTheEmbeddedLuceneOneUnderTheDataDir() {
        SearchProperties search = properties(new SearchProperties.OpenSearch("", "", "", true));

        Map<String, Object> hibernate = hibernateProperties(search);

        assertThat(hibernate).containsEntry("hibernate.search.backend.type", "lucene")
                .containsEntry("hibernate.search.backend.directory.root", "/srv/patch/search")
                .containsEntry("hibernate.search.indexing.plan.synchronization.strategy", "write-sync")
                .doesNotContainKey("hibernate.search.coordination.strategy");
        assertThat(hibernate.get("hibernate.search.backend.analysis.configurer")).isInstanceOf(SearchAnalysis.class);
        assertThat(configuration.searchBackend(search)).isEqualTo(new SearchBackend(false, true));
    }

    @Test
    void aClusterUrlSwitchesToOpenSearchWithChangesPassedOnThroughTheOutbox() {
        SearchProperties search = properties(new SearchProperties.OpenSearch("https://search.internal:9200", "patch",
                "s3cret", false));

        Map<String, Object> hibernate = hibernateProperties(search);

        assertThat(hibernate).containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.uris", "https://search.internal:9200")
                .containsEntry("hibernate.search.backend.username", "patch")
                .containsEntry("hibernate.search.backend.password", "s3cret")
                .containsEntry("hibernate.search.coordination.strategy", "outbox-polling")
                .doesNotContainKeys("hibernate.search.backend.directory.root",
                        "hibernate.search.indexing.plan.synchronization.strategy");
        assertThat(hibernate.get("hibernate.search.backend.analysis.configurer")).isInstanceOf(OpenSearchAnalysis.class);
        assertThat(configuration.searchBackend(search)).isEqualTo(new SearchBackend(true, false));
        assertThat(configuration.searchBackend(search).similarityFloor()).isFalse();
    }

    @Test
    void anOpenClusterIsAskedWithoutCredentials() {
        Map<String, Object> hibernate = hibernateProperties(
                properties(new SearchProperties.OpenSearch("http://127.0.0.1:9200", "", "", true)));

        assertThat(hibernate).doesNotContainKeys("hibernate.search.backend.username", "hibernate.search.backend.password");
    }

    @Test
    void theModulesMappingConfigurersReachHibernateSearch() {
        Map<String, Object> hibernate = hibernateProperties(properties(new SearchProperties.OpenSearch("", "", "", true)));

        assertThat(hibernate.get("hibernate.search.mapping.configurer")).isEqualTo(List.of(VECTORS));
    }

    @Test
    void thePasswordIsLeftOutOfTheSettingsDescription() {
        assertThat(new SearchProperties.OpenSearch("https://search.internal:9200", "patch", "s3cret", true))
                .hasToString("OpenSearch[url=https://search.internal:9200, username=patch, vectors=true]");
    }

    private Map<String, Object> hibernateProperties(SearchProperties search) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("vectors", VECTORS));
        Map<String, Object> hibernate = new HashMap<>();
        configuration.searchBackendProperties(search, "/srv/patch",
                beans.getBeanProvider(HibernateOrmSearchMappingConfigurer.class)).customize(hibernate);
        return hibernate;
    }

    private static SearchProperties properties(SearchProperties.OpenSearch cluster) {
        return new SearchProperties("local-filesystem", "", new SearchProperties.Site(Duration.ofSeconds(2), 4, 64),
                cluster);
    }
}
