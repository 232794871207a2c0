package com.mediapatch.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports an unusable data directory as one line, with what to do about it. */
class DataDirectoryUnavailableAnalyzer extends AbstractFailureAnalyzer<DataDirectoryUnavailable> {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryUnavailableAnalyzer.class);

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryUnavailable cause) {
        log.error(cause.getMessage());
        return new FailureAnalysis(cause.getMessage(),
                "Point MEDIAPATCH_DATA_DIR at a directory this user can create and write.", cause);
    }
}
