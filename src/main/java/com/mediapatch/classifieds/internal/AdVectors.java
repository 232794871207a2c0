package com.mediapatch.classifieds.internal;

import static com.mediapatch.shared.SqlTime.of;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.classifieds.AdId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored meaning vectors of ads: one row per ad, replaced whole, gone with the ad. */
@Component
class AdVectors {

    /** The words of an ad that are embedded: title, tags and the start of its description. */
    record AdText(AdId ad, String text) {
    }

    static final int DESCRIPTION_CHARS = 1000;
    private static final String MISSING = "select a.id, a.title, a.instruments, a.genres, a.description from classifieds_ad a "
            + "where a.status <> 'CLOSED' and not exists (select 1 from classifieds_ad_vector v where v.ad_id = a.id) ";
    private static final String ORDERED = "order by a.id limit :limit";

    private final JdbcClient jdbc;

    AdVectors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open ads (not filled) without a vector, in the database's id order after {@code after} (null for the first). */
    List<AdText> missing(UUID after, int limit) {
        var statement = after == null ? jdbc.sql(MISSING + ORDERED).param("limit", limit)
                : jdbc.sql(MISSING + "and a.id > :after " + ORDERED).param("after", after).param("limit", limit);
        return statement.query((rs, n) -> new AdText(new AdId(rs.getObject("id", UUID.class)), text(rs.getString("title"),
                rs.getString("instruments"), rs.getString("genres"), rs.getString("description")))).list();
    }

    /** The ad's words as they are now, if it is still open. */
    Optional<AdText> current(AdId ad) {
        return jdbc.sql("select title, instruments, genres, description from classifieds_ad where id = ? "
                + "and status <> 'CLOSED'").param(ad.value())
                .query((rs, n) -> new AdText(ad, text(rs.getString("title"), rs.getString("instruments"),
                        rs.getString("genres"), rs.getString("description"))))
                .optional();
    }

    /**
     * Locks the ad's row until the transaction ends, so a change written meanwhile (hidden, closed, edited) is either
     * read by this transaction or made after it, and the index never ends up with the older state; false when the ad
     * is gone.
     */
    boolean lock(AdId ad) {
        return jdbc.sql("select id from classifieds_ad where id = ? for update").param(ad.value()).query(UUID.class)
                .optional().isPresent();
    }

    void save(AdId ad, float[] vector, String model, Instant at) {
        forget(ad);
        jdbc.sql("insert into classifieds_ad_vector (ad_id, vector, model, computed_at) values (?, ?, ?, ?)")
                .params(ad.value(), bytes(vector), model, of(at)).update();
    }

    void forget(AdId ad) {
        jdbc.sql("delete from classifieds_ad_vector where ad_id = ?").param(ad.value()).update();
    }

    /** Title, tags, then the description's start: the title and tags say most about what an ad is for. */
    static String text(String title, String instruments, String genres, String description) {
        String start = description.length() > DESCRIPTION_CHARS ? description.substring(0, DESCRIPTION_CHARS) : description;
        return title + ". " + String.join(", ", Tags.fromColumn(instruments)) + ". "
                + String.join(", ", Tags.fromColumn(genres)) + ". " + start;
    }

    static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] floats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
