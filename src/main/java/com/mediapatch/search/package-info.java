/**
 * Full-text search other modules index into: Hibernate Search with its embedded Lucene backend
 * (index under the data dir), the analyzers for members' words (English stemming, the field's
 * synonyms, accent folding, name prefixes), and the background rebuild on start whose progress
 * {@link com.mediapatch.search.SearchIndexes} tells. Each module maps its own entities. Also the
 * site-wide search: the header's search box, the search page and API, asking every module's
 * {@link com.mediapatch.search.SearchSource} for its best hits.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = {"shared", "shared :: web", "identity"})
package com.mediapatch.search;

import org.springframework.modulith.ApplicationModule;
