package com.mediapatch.profiles.internal;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words the directory finds a member by: the words of their name and handle, lower
 * case and without accents ("Zoë Kraft", "@zoe-kraft" → zoe, kraft). Searching
 * for the beginnings of words reads the matching terms from an index instead of every profile.
 */
@Component
class SearchTerms {

    private static final Logger log = LoggerFactory.getLogger(SearchTerms.class);
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    static final int MAX_TERM = 80;

    private final JdbcClient jdbc;

    SearchTerms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The words a search text is made of, as the terms are stored; at most five are used. */
    static List<String> words(String text) {
        return NOT_A_WORD.splitAsStream(fold(text)).filter(word -> !word.isEmpty()).limit(5).toList();
    }

    static Set<String> of(String displayName, String handle) {
        Set<String> terms = new LinkedHashSet<>(words(displayName == null ? "" : displayName));
        terms.addAll(NOT_A_WORD.splitAsStream(fold(handle)).filter(word -> !word.isEmpty()).toList());
        terms.removeIf(term -> term.isEmpty() || term.length() > MAX_TERM);
        return terms;
    }

    /** Replaces a member's terms; runs inside the transaction that changed the profile. */
    void replace(UUID account, String displayName, String handle) {
        jdbc.sql("DELETE FROM profiles_search_term WHERE account_id = ?").param(account).update();
        for (String term : of(displayName, handle)) {
            jdbc.sql("INSERT INTO profiles_search_term (term, account_id) VALUES (?, ?)").params(term, account).update();
        }
    }

    /** Gives profiles made before terms existed (or by a bulk import) their terms, a batch at a time. */
    @Async
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void fillMissing() {
        List<Missing> missing = jdbc.sql("SELECT p.account_id, p.display_name, p.handle FROM profiles_profile p "
                + "WHERE NOT EXISTS (SELECT 1 FROM profiles_search_term s WHERE s.account_id = p.account_id)")
                .query((row, n) -> new Missing(row.getObject(1, UUID.class), row.getString(2), row.getString(3))).list();
        missing.forEach(profile -> replace(profile.account(), profile.displayName(), profile.handle()));
        if (!missing.isEmpty()) {
            log.info("Search terms added for {} profiles", missing.size());
        }
    }

    private static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }

    private record Missing(UUID account, String displayName, String handle) {
    }
}
