package com.mediapatch.places.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import com.mediapatch.places.Place;

/**
 * The bundled cities in memory: by id, and as a sorted array of folded names (each place under
 * its name and, when different, its plain-letter spelling) so a prefix is a binary search away.
 * Made by {@code scripts/places/generate-cities.mjs}; one tab-separated line per place.
 */
final class CityList {

    static final String RESOURCE = "/places/cities.tsv.gz";

    private final Map<Long, Place> byId;
    private final String[] keys;
    private final Place[] places;

    private CityList(List<Map.Entry<String, Place>> names, Map<Long, Place> byId) {
        names.sort(Map.Entry.comparingByKey());
        this.keys = names.stream().map(Map.Entry::getKey).toArray(String[]::new);
        this.places = names.stream().map(Map.Entry::getValue).toArray(Place[]::new);
        this.byId = byId;
    }

    static CityList load() {
        try (InputStream raw = CityList.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("The city list " + RESOURCE + " is missing from the build");
            }
            return read(new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("The city list " + RESOURCE + " cannot be read", e);
        }
    }

    private static CityList read(BufferedReader lines) throws IOException {
        List<Map.Entry<String, Place>> names = new ArrayList<>();
        Map<Long, Place> byId = new HashMap<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String[] f = line.split("\t", -1);
            Place place = new Place(Long.parseLong(f[0]), f[1], f[3], f[4], Double.parseDouble(f[5]),
                    Double.parseDouble(f[6]), Integer.parseInt(f[7]));
            byId.put(place.id(), place);
            Set<String> spellings = new LinkedHashSet<>(List.of(Folding.fold(f[1]), Folding.fold(f[2])));
            spellings.stream().filter(key -> !key.isEmpty()).forEach(key -> names.add(Map.entry(key, place)));
        }
        return new CityList(names, byId);
    }

    Optional<Place> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Places with a name beginning with the folded prefix, most populous first, each once. */
    List<Place> startingWith(String prefix, int limit) {
        int from = firstAtOrAfter(prefix);
        int to = firstAtOrAfter(prefix + Character.MAX_VALUE);
        return Arrays.stream(places, from, to).distinct()
                .sorted(Comparator.comparingInt(Place::population).reversed().thenComparingLong(Place::id))
                .limit(limit).toList();
    }

    /** The first index whose key is not below {@code key} (names repeat, so not Arrays.binarySearch). */
    private int firstAtOrAfter(String key) {
        int low = 0;
        int high = keys.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (keys[middle].compareTo(key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
