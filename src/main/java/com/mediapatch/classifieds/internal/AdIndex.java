package com.mediapatch.classifieds.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import com.mediapatch.classifieds.AdId;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Keeps the classifieds index in step with rows written by SQL: within the writing transaction it re-reads
 * the row (or notes its deletion), and Hibernate Search applies the change when the transaction commits.
 */
@Component
class AdIndex {

    @PersistenceContext
    private EntityManager entityManager;

    void changed(AdId id) {
        AdDocument document = entityManager.find(AdDocument.class, id.value());
        if (document != null) {
            entityManager.refresh(document);
            Search.session(entityManager).indexingPlan().addOrUpdate(document);
        }
    }

    void deleted(AdId id) {
        Search.session(entityManager).indexingPlan().purge(AdDocument.class, id.value(), null);
    }
}
