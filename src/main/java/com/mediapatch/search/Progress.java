package com.mediapatch.search;

import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/** Counts the documents a rebuild has written, for {@link SearchIndexes#percentDone()}. */
final class Progress implements MassIndexingMonitor {

    private final AtomicLong indexed;

    Progress(AtomicLong indexed) {
        this.indexed = indexed;
    }

    @Override
    public void documentsAdded(long increment) {
        indexed.addAndGet(increment);
    }

    @Override
    public void documentsBuilt(long increment) {
        // written documents are what counts
    }

    @Override
    public void entitiesLoaded(long increment) {
        // written documents are what counts
    }

    @Override
    public void indexingCompleted() {
        // SearchIndexes turns ready itself once every type is done
    }
}
