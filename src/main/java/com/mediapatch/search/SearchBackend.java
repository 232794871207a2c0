package com.mediapatch.search;

/**
 * What the configured search backend can do, for modules that shape their queries by it: the embedded
 * Lucene index (one node) or an OpenSearch cluster (several nodes, {@code MEDIAPATCH_SEARCH_OPENSEARCH_URL}).
 *
 * @param cluster true when the index is an OpenSearch cluster shared by every node
 * @param vectors whether meaning vectors are indexed and searched (nearest-neighbour search; on OpenSearch it
 *        needs the cluster's k-NN plugin)
 */
public record SearchBackend(boolean cluster, boolean vectors) {

    /**
     * Whether a nearest-neighbour search can require a minimum similarity. OpenSearch's k-NN query has no such
     * option in Hibernate Search: there the nearest documents always join, and only their rank tells how near.
     */
    public boolean similarityFloor() {
        return !cluster;
    }
}
