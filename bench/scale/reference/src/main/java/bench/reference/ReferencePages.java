package bench.reference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The pages of the platform as one would write them by hand: the same rows, read with one
 * keyset query per list (and one for the tags of the page), rendered by one jte template.
 * No sign-in: the viewer is the bench member, seeded with a fixed id.
 */
@Controller
class ReferencePages {

    private static final UUID MEMBER = new UUID(0x5ca1e00000000000L, 0);
    private static final int PAGE = 24;

    private final JdbcClient jdbc;

    ReferencePages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/hello")
    @ResponseBody
    String hello() {
        return "hello";
    }

    @GetMapping("/members")
    String members(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String after, Model model) {
        List<Map<String, Object>> rows;
        String[] words = q.isBlank() ? new String[0] : q.toLowerCase().trim().split("\\s+");
        if (words.length > 0) {
            // Start from the members having the last typed word (the rarer one in "member 0999"), check the others.
            StringBuilder others = new StringBuilder();
            for (int i = 0; i < words.length - 1; i++) {
                others.append(" and exists (select 1 from profiles_search_term o where o.account_id = p.account_id and o.term like ?)");
            }
            var spec = jdbc.sql("select p.account_id, p.handle, p.display_name from profiles_search_term t "
                    + "join profiles_profile p on p.account_id = t.account_id where t.term like ? and p.visibility = 'EVERYONE'"
                    + others + " order by p.display_name, p.handle fetch first 25 rows only")
                    .param(words[words.length - 1] + "%");
            for (int i = 0; i < words.length - 1; i++) {
                spec = spec.param(words[i] + "%");
            }
            rows = spec.query().listOfRows();
        } else if (after == null) {
            rows = jdbc.sql("select account_id, handle, display_name from profiles_profile where visibility = 'EVERYONE' "
                    + "order by display_name, handle fetch first 25 rows only").query().listOfRows();
        } else {
            rows = jdbc.sql("select p.account_id, p.handle, p.display_name from profiles_profile p, "
                    + "(select display_name, handle from profiles_profile where handle = ?) c where p.visibility = 'EVERYONE' "
                    + "and (p.display_name > c.display_name or (p.display_name = c.display_name and p.handle > c.handle)) "
                    + "order by p.display_name, p.handle fetch first 25 rows only").param(after).query().listOfRows();
        }
        return page(model, "Members", withTags(rows), rows.size() > PAGE ? (String) rows.get(PAGE - 1).get("handle") : null);
    }

    /** The SQL a tag search would need: members with a skill in a city, in name order, from the tag index. */
    @GetMapping("/members/tagged")
    String tagged(@RequestParam String skill, @RequestParam String city, Model model) {
        List<Map<String, Object>> rows = jdbc.sql("select p.account_id, p.handle, p.display_name from profiles_profile_tag t "
                + "join profiles_profile p on p.account_id = t.account_id where t.kind = 'SKILL' and t.tag = ? "
                + "and p.city = ? and p.visibility = 'EVERYONE' order by p.display_name, p.handle fetch first 25 rows only")
                .param(skill).param(city).query().listOfRows();
        return page(model, "Members", withTags(rows), null);
    }

    /** One query for the tags of every member on the page. */
    private List<Map<String, Object>> withTags(List<Map<String, Object>> rows) {
        List<Map<String, Object>> shown = rows.subList(0, Math.min(PAGE, rows.size()));
        if (shown.isEmpty()) {
            return shown;
        }
        List<Object> ids = shown.stream().map(row -> row.get("account_id")).toList();
        Map<Object, List<Object>> tags = new java.util.HashMap<>();
        jdbc.sql("select account_id, tag from profiles_profile_tag where account_id in (:ids)").param("ids", ids)
                .query((row, n) -> tags.computeIfAbsent(row.getObject(1), k -> new java.util.ArrayList<>()).add(row.getString(2)))
                .list();
        return shown.stream().map(row -> {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(row);
            copy.put("tags", String.join(", ", tags.getOrDefault(row.get("account_id"), List.<Object>of()).stream().map(String::valueOf).toList()));
            return (Map<String, Object>) copy;
        }).toList();
    }

    @GetMapping("/members/{handle}")
    String profile(@PathVariable String handle, Model model) {
        List<Map<String, Object>> rows = jdbc.sql("select account_id, handle, display_name, bio, city, website from profiles_profile "
                + "where handle = ? and visibility = 'EVERYONE'").param(handle).query().listOfRows();
        Long friends = rows.isEmpty() ? 0L : jdbc.sql("select (select count(*) from social_friendship where member_low = ?) "
                + "+ (select count(*) from social_friendship where member_high = ?)")
                .param(rows.get(0).get("account_id")).param(rows.get(0).get("account_id")).query(Long.class).single();
        List<Map<String, Object>> shown = withTags(rows);
        if (!shown.isEmpty()) {
            shown.get(0).put("friends", friends);
        }
        return page(model, "Profile", shown, null);
    }

    @GetMapping("/friends")
    String friends(Model model) {
        // The platform's first page: the 48 newest friendships, each side of the pair read along its index.
        List<Map<String, Object>> rows = jdbc.sql("select p.account_id, p.handle, p.display_name from ("
                + "(select member_high as friend, since from social_friendship where member_low = ? "
                + "order by since desc, member_high desc fetch first 48 rows only) union all "
                + "(select member_low as friend, since from social_friendship where member_high = ? "
                + "order by since desc, member_low desc fetch first 48 rows only)) f "
                + "join profiles_profile p on p.account_id = f.friend order by f.since desc, f.friend desc fetch first 48 rows only")
                .param(MEMBER).param(MEMBER).query().listOfRows();
        return page(model, "Friends", withTags(rows), null);
    }

    /** Up to 8 of the member's friends whose name begins with what was typed, as the friend picker offers them. */
    @GetMapping("/messages/friends/options")
    String friendOptions(@RequestParam(defaultValue = "") String handle, Model model) {
        String prefix = handle.toLowerCase().strip() + "%";
        List<Map<String, Object>> rows = jdbc.sql("select p.account_id, p.handle, p.display_name from profiles_profile p "
                + "where p.account_id in (select member_high from social_friendship where member_low = ? "
                + "union select member_low from social_friendship where member_high = ?) "
                + "and (p.handle like ? or lower(p.display_name) like ? or lower(p.display_name) like ?) "
                + "order by lower(p.display_name), p.handle fetch first 8 rows only")
                .param(MEMBER).param(MEMBER).param(prefix).param(prefix).param("% " + prefix).query().listOfRows();
        return page(model, "Friends", rows, null);
    }

    @GetMapping("/messages")
    String conversations(Model model) {
        List<Map<String, Object>> rows = jdbc.sql("select c.id, c.last_activity_at, p.display_name, p.handle from messaging_member m "
                + "join messaging_conversation c on c.id = m.conversation_id "
                + "join messaging_member o on o.conversation_id = c.id and o.account_id <> m.account_id "
                + "join profiles_profile p on p.account_id = o.account_id "
                + "where m.account_id = ? order by m.last_activity_at desc, m.conversation_id desc fetch first 50 rows only")
                .param(MEMBER).query().listOfRows();
        return page(model, "Messages", rows, null);
    }

    /** The newest 50 messages; bodies are shown as stored (the reference holds no vault keys). */
    @GetMapping("/messages/{id}")
    String conversation(@PathVariable UUID id, Model model) {
        List<Map<String, Object>> rows = jdbc.sql("select m.seq, m.sent_at, m.body, p.display_name from messaging_message m "
                + "join profiles_profile p on p.account_id = m.author_id where m.conversation_id = ? "
                + "order by m.seq desc fetch first 50 rows only").param(id).query().listOfRows();
        return page(model, "Conversation", rows, null);
    }

    @GetMapping("/notifications")
    String notifications(Model model) {
        List<Map<String, Object>> rows = jdbc.sql("select n.id, n.kind, n.text, n.link, n.created_at, n.read_at, p.display_name "
                + "from notifications_notification n left join profiles_profile p on p.account_id = n.actor "
                + "where n.recipient = ? order by n.created_at desc, n.id desc fetch first 25 rows only")
                .param(MEMBER).query().listOfRows();
        return page(model, "Notifications", rows, null);
    }

    @GetMapping("/god")
    String dashboard(Model model) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>(jdbc.sql("select (select count(*) from identity_account) accounts, "
                + "(select last_seq from audit_head where id = 1) audit_entries, "
                + "(select count(*) from identity_role_assignment) privileged").query().listOfRows());
        rows.addAll(jdbc.sql("select seq, occurred_at, actor, action, target from audit_entry order by seq desc fetch first 10 rows only")
                .query().listOfRows());
        return page(model, "God Mode", rows, null);
    }

    @GetMapping("/god/audit")
    String audit(@RequestParam(required = false) String action, @RequestParam(required = false) String actor, Model model) {
        List<Map<String, Object>> rows = jdbc.sql("select seq, occurred_at, actor, effective_actor, action, target, reason, ip "
                + "from audit_entry where action = ? and actor = ? order by seq desc fetch first 50 rows only")
                .param(action).param(actor).query().listOfRows();
        return page(model, "Audit log", rows, null);
    }

    @GetMapping("/api/v1/me")
    @ResponseBody
    ResponseEntity<Map<String, Object>> me(@RequestHeader(name = "Authorization", defaultValue = "") String authorization) throws Exception {
        String token = authorization.startsWith("Bearer ") ? authorization.substring(7) : "";
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        List<Map<String, Object>> me = jdbc.sql("select a.id, a.email, p.handle, p.display_name from identity_personal_token t "
                + "join identity_account a on a.id = t.account_id join profiles_profile p on p.account_id = a.id "
                + "where t.token_hash = ? and t.revoked_at is null and t.expires_at > current_timestamp").param(hash).query().listOfRows();
        return me.isEmpty() ? ResponseEntity.status(401).build() : ResponseEntity.ok(me.get(0));
    }

    private static String page(Model model, String title, List<Map<String, Object>> rows, String next) {
        model.addAttribute("title", title);
        model.addAttribute("rows", rows);
        model.addAttribute("next", next);
        return "rows";
    }
}
