package com.mediapatch.profiles.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.Discipline;
import com.mediapatch.profiles.ProfileSummary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory cards of members the index found, in one query and in the index's order. The
 * visibility rule is asked again, so a change the index has not seen yet never shows a profile.
 */
@Component
class DirectoryRows {

    private final JdbcClient jdbc;

    DirectoryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DirectoryPage.Entry> inOrder(List<UUID> ids, AccountId viewer, Set<AccountId> friends, Set<AccountId> hidden) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = new LinkedHashMap<>(DirectoryVisibility.parameters(viewer, friends, hidden));
        parameters.put("ids", ids);
        List<Row> found = jdbc.sql("SELECT p.account_id, p.handle, p.display_name, p.city, p.country, p.photo_id, t.tag "
                + "FROM profiles_profile p LEFT JOIN profiles_profile_tag t ON t.account_id = p.account_id "
                + "AND t.kind = 'DISCIPLINE' WHERE p.account_id IN (:ids) AND " + DirectoryVisibility.WHERE + " ORDER BY t.tag")
                .params(parameters).query((row, n) -> new Row(row.getObject(1, UUID.class), row.getString(2),
                        row.getString(3), row.getString(4), row.getString(5), row.getObject(6, UUID.class), row.getString(7))).list();
        Map<UUID, DirectoryPage.Entry> byAccount = new HashMap<>();
        for (Row row : found) {
            DirectoryPage.Entry entry = byAccount.computeIfAbsent(row.account(), id -> new DirectoryPage.Entry(
                    new ProfileSummary(new AccountId(id), row.handle(), row.displayName(), row.photo()), row.city(), row.country(),
                    new ArrayList<>()));
            Arrays.stream(Discipline.values()).filter(known -> known.name().equals(row.tag())).forEach(entry.disciplines()::add);
        }
        return ids.stream().map(byAccount::get).filter(Objects::nonNull).toList();
    }

    private record Row(UUID account, String handle, String displayName, String city, String country, UUID photo,
            String tag) {
    }
}
