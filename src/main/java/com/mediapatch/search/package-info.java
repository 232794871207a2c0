/**
 * Full-text search other modules index into: Hibernate Search with its embedded Lucene backend
 * (index under the data dir), the analyzers for members' words (English stemming, the field's
 * synonyms, accent folding, name prefixes), and the background rebuild on start whose progress
 * {@link com.mediapatch.search.SearchIndexes} tells. Each module maps its own entities.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = {"shared"})
package com.mediapatch.search;

import org.springframework.modulith.ApplicationModule;
