package com.mediapatch.classifieds.internal;

import com.mediapatch.ai.AiServices;
import com.mediapatch.search.SearchBackend;

import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.springframework.stereotype.Component;

/**
 * Maps an ad's meaning vector into the {@code classifieds} index when the search backend can search vectors
 * (always the embedded index; an OpenSearch cluster with its k-NN plugin). Without it the field is left out and
 * {@link AdMeaning} adds no meaning to searches.
 */
@Component
class AdMeaningMapping implements HibernateOrmSearchMappingConfigurer {

    private final SearchBackend backend;

    AdMeaningMapping(SearchBackend backend) {
        this.backend = backend;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        if (backend.vectors()) {
            context.programmaticMapping().type(AdDocument.class).property("vector")
                    .vectorField(AiServices.IN_PROCESS_DIMENSIONS, AdFields.MEANING)
                    .vectorSimilarity(VectorSimilarity.COSINE);
        }
    }
}
