package com.mediapatch.security.suite;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;
import com.mediapatch.IntegrationTest;
import com.mediapatch.ai.internal.AiConnection;
import com.mediapatch.ai.internal.ConnectionDraft;
import com.mediapatch.ai.internal.ConnectionKind;
import com.mediapatch.ai.internal.ConnectionStore;
import com.mediapatch.calendar.Attendance;
import com.mediapatch.calendar.EventDraft;
import com.mediapatch.calendar.EventQuery;
import com.mediapatch.calendar.EventType;
import com.mediapatch.calendar.Repetition;
import com.mediapatch.calendar.internal.EventDesk;
import com.mediapatch.calendar.internal.FeedDesk;
import com.mediapatch.calendar.internal.RsvpDesk;
import com.mediapatch.calendar.internal.SavedEventSearches;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.identity.AccountId;
import com.mediapatch.messaging.Messaging;
import com.mediapatch.profiles.internal.TestImages;
import com.mediapatch.social.Connection;
import com.mediapatch.social.FriendRequestId;
import com.mediapatch.social.Relationships;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static com.mediapatch.identity.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Member B knows the ids of member A's things and tries to act on them through every route
 * that takes an id, a handle or an account: each attempt is refused or lands on B's own
 * things, and A's state in the database is exactly what it was.
 */
@IntegrationTest
class IdorIntegrationTests {

    /** Every route that names an object; each is attacked below. */
    static final Set<String> ROUTES_NAMING_OBJECTS = Set.of(
            "POST /settings/sessions/{handle}/end", "POST /settings/tokens/{id}/revoke",
            "POST /settings/security/passkeys/remove", "POST /admin/roles/revoke", "GET /members/{handle}",
            "GET /god/members/{id}", "POST /god/members/{id}/{action}", "GET /god/audit/{sequence}", "GET /god/audit/{sequence}/proof",
            // attacked in theAiPanelDoesNotExistForAPlainMember:
            "GET /god/ai/connections/{id}", "POST /god/ai/connections/{id}", "POST /god/ai/connections/{id}/delete",
            "POST /god/ai/connections/{id}/switch", "POST /god/ai/connections/{id}/test", "GET /god/ai/try/{slug}",
            "POST /god/ai/try/{slug}", "POST /god/ai/capabilities/{slug}", "POST /god/ai/capabilities/{slug}/chain",
            "GET /god/ai/try/files/{id}/{name}",
            // attacked in anotherMembersConversationIsNotThereForAnOutsider:
            "DELETE /api/v1/conversations/{conversationId}/members/{handle}",
            "DELETE /api/v1/conversations/{conversationId}/messages/{messageId}",
            "GET /api/v1/conversations/{conversationId}",
            "GET /api/v1/conversations/{conversationId}/messages",
            "GET /api/v1/conversations/{conversationId}/search",
            "GET /messages/{conversationId}",
            "GET /messages/{conversationId}/messages/{messageId}",
            "POST /api/v1/conversations/{conversationId}/leave",
            "POST /api/v1/conversations/{conversationId}/members",
            "POST /api/v1/conversations/{conversationId}/messages",
            "POST /api/v1/conversations/{conversationId}/read",
            "POST /messages/{conversationId}",
            "POST /messages/{conversationId}/leave",
            "POST /messages/{conversationId}/members",
            "POST /messages/{conversationId}/members/{handle}/remove",
            "POST /messages/{conversationId}/members/{handle}/role",
            "POST /messages/{conversationId}/messages/{messageId}/delete",
            "POST /messages/{conversationId}/messages/{messageId}/edit",
            "POST /messages/{conversationId}/read",
            "POST /messages/{conversationId}/rename",
            "POST /messages/{conversationId}/typing",
            "PUT /api/v1/conversations/{conversationId}/members/{handle}/role",
            "PUT /api/v1/conversations/{conversationId}/messages/{messageId}",
            "PUT /api/v1/conversations/{conversationId}/name",
            // attacked in anotherMembersNotificationCannotBeOpenedOrMarkedRead:
            "POST /notifications/{id}/open", "POST /api/v1/notifications/{id}/read",
            // attacked in aPlainMemberCannotSeeOrTouchModerationCases:
            "GET /moderation/cases/{id}", "POST /moderation/cases/{id}/claim", "POST /moderation/cases/{id}/notes",
            "POST /moderation/cases/{id}/resolve",
            // friend requests by id: attacked in aRequestBetweenTwoOthersCannotBeAnsweredOrWithdrawnByAThird
            "POST /api/v1/friends/requests/{id}/accept", "POST /api/v1/friends/requests/{id}/decline",
            "DELETE /api/v1/friends/requests/{id}",
            // by handle, these act on the caller's own relationship to that member (or show what the owner lets them see):
            "POST /friends/requests/{handle}", "POST /friends/actions/{handle}/{action}", "GET /friends/actions/{handle}",
            "GET /friends/of/{handle}", "DELETE /api/v1/friends/{handle}", "PUT /api/v1/blocks/{handle}",
            "DELETE /api/v1/blocks/{handle}", "PUT /api/v1/mutes/{handle}", "DELETE /api/v1/mutes/{handle}",
            "GET /messages/buttons",
            // attacked in profileSectionsAndPicturesOnlyEverReachTheSignedInMembersOwnProfile:
            "POST /settings/profile", "POST /settings/profile/sections/{section}", "POST /settings/profile/images/{slot}",
            "POST /settings/profile/images/{slot}/remove", "GET /members/{handle}/images/{imageId}/{size}",
            // attacked in anotherMembersAdIsNotThereForAnyoneElse (with a saved search):
            "GET /classifieds/ads/{id}", "GET /classifieds/ads/{id}/edit", "POST /classifieds/ads/{id}/edit",
            "POST /classifieds/ads/{id}/publish", "POST /classifieds/ads/{id}/renew", "POST /classifieds/ads/{id}/fill",
            "POST /classifieds/ads/{id}/delete", "POST /classifieds/ads/{id}/reply", "GET /api/v1/classifieds/{id}",
            "PUT /api/v1/classifieds/{id}", "DELETE /api/v1/classifieds/{id}", "POST /api/v1/classifieds/{id}/publish",
            "POST /api/v1/classifieds/{id}/renew", "POST /api/v1/classifieds/{id}/close", "POST /classifieds/saved/{id}/delete",
            // attacked in anotherMembersEventRsvpAndFeedAreUntouchable (events and their .ics are public by design;
            // with a saved search):
            "GET /events/{id}", "GET /events/{id}/edit", "POST /events/{id}/edit", "GET /events/{id}/event.ics",
            "POST /events/{id}/cancel", "POST /events/{id}/lineup", "POST /events/occurrences/{occurrence}/rsvp",
            "POST /events/occurrences/{occurrence}/cancel", "POST /events/messages/{occurrence}",
            "POST /events/feeds/{feed}/revoke", "GET /calendar/feeds/{token}", "GET /api/v1/events/{id}",
            "POST /events/searches/{search}/delete",
            "PUT /api/v1/events/{id}", "POST /api/v1/events/{id}/cancel", "PUT /api/v1/events/{id}/rsvp",
            "DELETE /api/v1/events/{id}/rsvp",
            // public documentation, not anybody's object:
            "GET /problems/{slug}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    PublicKeyCredentialUserEntityRepository passkeyOwners;

    @Autowired
    UserCredentialRepository passkeys;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Relationships relationships;

    @Autowired
    Messaging messaging;

    @Autowired
    EventDesk eventDesk;

    @Autowired
    RsvpDesk rsvpDesk;

    @Autowired
    FeedDesk feedDesk;

    @Autowired
    SavedEventSearches savedEventSearches;

    String victimEmail;
    String attackerEmail;
    AccountId victim;
    Cookie victimSession;
    Cookie attacker;

    @BeforeEach
    void twoMembers() throws Exception {
        victimEmail = accounts.verifiedMember("Victim Vera");
        victim = accounts.accountId(victimEmail);
        victimSession = accounts.signIn(victimEmail);
        attackerEmail = accounts.verifiedMember("Attacker Abe");
        attacker = accounts.signIn(attackerEmail);
    }

    @Test
    void everyRouteNamingAnObjectIsAttackedHere() {
        Set<String> naming = Routes.of(mappings, handler -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (parameter.hasParameterAnnotation(PathVariable.class) || param != null
                        && Set.of("id", "account", "handle").contains(param.name().isEmpty() ? parameter.getParameterName()
                                : param.name())) {
                    return true;
                }
            }
            return false;
        });

        assertThat(naming).as("routes found by reading Spring MVC").contains("GET /members/{handle}");
        assertThat(ROUTES_NAMING_OBJECTS).containsAll(naming);
    }

    @Test
    void anotherMembersSessionCannotBeEnded() throws Exception {
        Cookie victimPhone = accounts.signIn(victimEmail, PASSWORD, "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)");
        String handle = firstMatch(page(get("/settings/sessions").cookie(victimSession)),
                "/settings/sessions/([0-9a-f]{24})/end");
        MemberState before = MemberState.of(jdbc, victim);

        mvc.perform(post("/settings/sessions/{handle}/end", handle).with(csrf()).cookie(attacker));

        assertThat(MemberState.of(jdbc, victim)).isEqualTo(before);
        assertThat(mvc.perform(get("/settings/account").cookie(victimPhone)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void anotherMembersAccessTokenCannotBeRevoked() throws Exception {
        String token = firstMatch(page(post("/settings/tokens").with(csrf()).cookie(victimSession).param("name", "mine")
                .param("scopes", "profile:read").param("days", "7").param("password", PASSWORD)), "(mp_pat_[A-Za-z0-9_-]+)");
        String id = firstMatch(page(get("/settings/tokens").cookie(victimSession)), "/settings/tokens/([0-9a-f-]{36})/revoke");
        MemberState before = MemberState.of(jdbc, victim);

        mvc.perform(post("/settings/tokens/{id}/revoke", id).with(csrf()).cookie(attacker));

        assertThat(MemberState.of(jdbc, victim)).isEqualTo(before);
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void anotherMembersPasskeyCannotBeRemovedEitherWay() throws Exception {
        String credential = givePasskeyTo(victim);
        MemberState before = MemberState.of(jdbc, victim);
        mvc.perform(post("/settings/security/passkeys").with(csrf()).cookie(attacker).param("label", "Mine")
                .param("password", PASSWORD));

        mvc.perform(post("/settings/security/passkeys/remove").with(csrf()).cookie(attacker).param("id", credential));
        MockHttpServletResponse viaSpringSecurity = mvc.perform(delete("/webauthn/register/{id}", credential).with(csrf())
                .cookie(attacker)).andReturn().getResponse();

        assertThat(viaSpringSecurity.getStatus()).isEqualTo(403);
        assertThat(MemberState.of(jdbc, victim)).isEqualTo(before);
        assertThat(before.passkeys()).isEqualTo(1);
    }

    @Test
    void profileSettingsOnlyEverReachTheSignedInMembersOwnProfile() throws Exception {
        String victimHandle = "victim-vera-" + System.nanoTime() % 1_000_000;
        saveProfile(victimSession, victimHandle, "FRIENDS").andReturn();
        MemberState before = MemberState.of(jdbc, victim);

        String editor = page(get("/settings/profile").cookie(attacker));
        MockHttpServletResponse takeover = mvc.perform(profileForm(attacker, victimHandle, "EVERYONE")
                .param("account", victim.toString()).param("accountId", victim.toString()).param("id", victim.toString()))
                .andReturn().getResponse();

        assertThat(editor).doesNotContain(victimHandle);
        assertThat(takeover.getStatus()).isEqualTo(422);
        assertThat(MemberState.of(jdbc, victim)).isEqualTo(before);
    }

    @Test
    void profileSectionsAndPicturesOnlyEverReachTheSignedInMembersOwnProfile() throws Exception {
        String victimHandle = "victim-pictures-" + System.nanoTime() % 1_000_000;
        saveProfile(victimSession, victimHandle, "FRIENDS").andReturn();
        mvc.perform(multipart("/settings/profile/images/photo").file(new MockMultipartFile("image", "me.png",
                "image/png", TestImages.png(40, 40))).with(csrf()).cookie(victimSession));
        UUID photo = jdbc.queryForObject("select photo_id from profiles_profile where account_id = ?", UUID.class,
                victim.value());
        MemberState before = MemberState.of(jdbc, victim);

        mvc.perform(post("/settings/profile/images/photo/remove").with(csrf()).cookie(attacker)
                .param("account", victim.toString()).param("handle", victimHandle));
        mvc.perform(post("/settings/profile/sections/basics").with(csrf()).cookie(attacker).param("handle", victimHandle)
                .param("displayName", "Taken over").param("account", victim.toString()));
        int picture = mvc.perform(get("/members/{handle}/images/{id}/photo", victimHandle, photo).cookie(attacker))
                .andReturn().getResponse().getStatus();

        assertThat(photo).isNotNull();
        assertThat(picture).isEqualTo(404);
        assertThat(MemberState.of(jdbc, victim)).isEqualTo(before);
    }

    @Test
    void privateProfilesShowNothingToThoseTheyAreHiddenFrom() throws Exception {
        String friendsOnly = "friends-only-" + System.nanoTime() % 1_000_000;
        saveProfile(victimSession, friendsOnly, "FRIENDS").andReturn();

        MockHttpServletResponse asMember = mvc.perform(get("/members/{handle}", friendsOnly).cookie(attacker)).andReturn()
                .getResponse();
        saveProfile(victimSession, friendsOnly, "MEMBERS").andReturn();
        MockHttpServletResponse asVisitor = mvc.perform(get("/members/{handle}", friendsOnly)).andReturn().getResponse();

        assertThat(asMember.getStatus()).isEqualTo(403);
        assertThat(asVisitor.getStatus()).isEqualTo(401);
        assertThat(asMember.getContentAsString() + asVisitor.getContentAsString()).doesNotContain("Secret bio line", "Leeds");
        assertThat(page(get("/members").param("q", friendsOnly))).doesNotContain("/members/" + friendsOnly);
    }

    @Test
    void aRequestBetweenTwoOthersCannotBeAnsweredOrWithdrawnByAThird() throws Exception {
        String friendEmail = accounts.verifiedMember("Friend Fran");
        AccountId friend = accounts.accountId(friendEmail);
        FriendRequestId request = relationships.request(victim, friend).request();
        String token = JsonPath.read(mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                .content("{\"email\": \"" + attackerEmail + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString(), "$.access_token");

        int accept = mvc.perform(post("/api/v1/friends/requests/" + request.value() + "/accept").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getStatus();
        int decline = mvc.perform(post("/api/v1/friends/requests/" + request.value() + "/decline").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getStatus();
        int withdraw = mvc.perform(delete("/api/v1/friends/requests/" + request.value()).header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getStatus();

        assertThat(new int[] {accept, decline, withdraw}).containsOnly(404);
        assertThat(relationships.between(friend, victim).state()).isEqualTo(Connection.State.REQUEST_RECEIVED);
    }

    @Test
    void anotherMembersConversationIsNotThereForAnOutsider() throws Exception {
        AccountId friend = accounts.accountId(accounts.verifiedMember("Pen Pal Pat"));
        UUID conversation = messaging.startDirect(victim, friend);
        UUID message = messaging.send(conversation, victim, "Only for Pat");
        String token = JsonPath.read(mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                .content("{\"email\": \"" + attackerEmail + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString(), "$.access_token");
        String page = "/messages/" + conversation;
        String api = "/api/v1/conversations/" + conversation;
        int count = jdbc.queryForObject("select count(*) from messaging_message where conversation_id = ?", Integer.class, conversation);

        int[] statuses = {
                mvc.perform(get(page).cookie(attacker)).andReturn().getResponse().getStatus(),
                mvc.perform(get(page + "/messages/" + message).cookie(attacker)).andReturn().getResponse().getStatus(),
                mvc.perform(post(page).with(csrf()).cookie(attacker).param("text", "hijack")).andReturn().getResponse().getStatus(),
                mvc.perform(post(page + "/messages/" + message + "/delete").with(csrf()).cookie(attacker)).andReturn().getResponse().getStatus(),
                mvc.perform(post(page + "/messages/" + message + "/edit").with(csrf()).cookie(attacker).param("text", "mine"))
                        .andReturn().getResponse().getStatus(),
                mvc.perform(post(page + "/members").with(csrf()).cookie(attacker).param("handle", "x")).andReturn().getResponse().getStatus(),
                mvc.perform(post(page + "/rename").with(csrf()).cookie(attacker).param("name", "x")).andReturn().getResponse().getStatus(),
                mvc.perform(get(api).header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus(),
                mvc.perform(get(api + "/messages").header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus(),
                mvc.perform(get(api + "/search").param("q", "Pat").header("Authorization", "Bearer " + token))
                        .andReturn().getResponse().getStatus(),
                mvc.perform(post(api + "/messages").header("Authorization", "Bearer " + token).contentType("application/json")
                        .content("{\"text\": \"hijack\"}")).andReturn().getResponse().getStatus(),
                mvc.perform(delete(api + "/messages/" + message).header("Authorization", "Bearer " + token))
                        .andReturn().getResponse().getStatus()};

        assertThat(statuses).containsOnly(404);
        assertThat(jdbc.queryForObject("select count(*) from messaging_message where conversation_id = ?", Integer.class, conversation))
                .isEqualTo(count);
    }

    @Test
    void anotherMembersAdIsNotThereForAnyoneElse() throws Exception {
        String location = mvc.perform(post("/classifieds/new").with(csrf()).cookie(victimSession).param("title", "Vera's draft")
                .param("description", "Not yet").param("category", "GEAR").param("level", "ANY").param("commitment", "HOBBY")
                .param("remote", "true")).andReturn().getResponse().getRedirectedUrl();
        String ad = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(post("/classifieds/saved").with(csrf()).cookie(victimSession).param("q", "cello"));
        UUID saved = jdbc.queryForObject("select id from classifieds_saved_search where owner = ?", UUID.class, victim.value());
        String page = "/classifieds/ads/" + ad;
        String api = "/api/v1/classifieds/" + ad;
        String token = "Bearer " + JsonPath.read(mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                .content("{\"email\": \"" + attackerEmail + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString(), "$.access_token");
        String body = "{\"title\": \"Taken\", \"description\": \"x\", \"category\": \"GEAR\", \"level\": \"ANY\", "
                + "\"commitment\": \"HOBBY\", \"remote\": true}";
        String before = jdbc.queryForObject("select title || status from classifieds_ad where id = ?", String.class,
                UUID.fromString(ad));

        int[] statuses = {
                mvc.perform(get(page).cookie(attacker)).andReturn().getResponse().getStatus(),
                mvc.perform(get(page + "/edit").cookie(attacker)).andReturn().getResponse().getStatus(),
                mvc.perform(post(page + "/edit").with(csrf()).cookie(attacker).param("title", "Taken").param("description", "x")
                        .param("category", "GEAR").param("level", "ANY").param("commitment", "HOBBY").param("remote", "true"))
                        .andReturn().getResponse().getStatus(),
                mvc.perform(post(page + "/publish").with(csrf()).cookie(attacker)).andReturn().getResponse().getStatus(),
                mvc.perform(post(page + "/renew").with(csrf()).cookie(attacker)).andReturn().getResponse().getStatus(),
                mvc.perform(post(page + "/fill").with(csrf()).cookie(attacker)).andReturn().getResponse().getStatus(),
                mvc.perform(post(page + "/delete").with(csrf()).cookie(attacker)).andReturn().getResponse().getStatus(),
                mvc.perform(post(page + "/reply").with(csrf()).cookie(attacker).param("text", "hi")).andReturn().getResponse().getStatus(),
                mvc.perform(get(api).header("Authorization", token)).andReturn().getResponse().getStatus(),
                mvc.perform(put(api).header("Authorization", token).contentType("application/json").content(body))
                        .andReturn().getResponse().getStatus(),
                mvc.perform(delete(api).header("Authorization", token)).andReturn().getResponse().getStatus(),
                mvc.perform(post(api + "/publish").header("Authorization", token)).andReturn().getResponse().getStatus(),
                mvc.perform(post(api + "/renew").header("Authorization", token)).andReturn().getResponse().getStatus(),
                mvc.perform(post(api + "/close").header("Authorization", token)).andReturn().getResponse().getStatus(),
                mvc.perform(post("/classifieds/saved/" + saved + "/delete").with(csrf()).cookie(attacker))
                        .andReturn().getResponse().getStatus()};

        assertThat(statuses).containsOnly(404);
        assertThat(jdbc.queryForObject("select title || status from classifieds_ad where id = ?", String.class,
                UUID.fromString(ad))).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from classifieds_saved_search where id = ?", Integer.class, saved)).isOne();
    }

    @Test
    void anotherMembersEventRsvpAndFeedAreUntouchable() throws Exception {
        ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/London")).plusDays(3).truncatedTo(ChronoUnit.HOURS);
        String starts = start.toLocalDateTime().toString();
        String ends = start.plusHours(2).toLocalDateTime().toString();
        UUID event = eventDesk.create(victim, new EventDraft(EventType.ONLINE_STREAM, "Vera's stream", "Doors at eight", null,
                null, null, null, "https://example.org/vera", starts, ends, "Europe/London", Repetition.WEEKLY, "jazz", true, null, null,
                null, 10, ""));
        UUID occurrence = jdbc.queryForObject("select id from calendar_occurrence where event_id = ? order by starts_at "
                + "fetch first 1 rows only", UUID.class, event);
        rsvpDesk.answer(occurrence, victim, Attendance.GOING);
        feedDesk.create(victim, "Mine", null);
        UUID search = savedEventSearches.save(victim, "Jazz streams", EventQuery.parse("q=jazz"), ZoneId.of("Europe/London"));
        UUID feed = jdbc.queryForObject("select id from calendar_feed where owner = ?", UUID.class, victim.value());
        String token = "Bearer " + JsonPath.read(mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                .content("{\"email\": \"" + attackerEmail + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString(), "$.access_token");
        String body = "{\"type\": \"GIG\", \"title\": \"Taken\", \"onlineLink\": \"https://example.org/live\", \"starts\": \""
                + starts + "\", \"ends\": \"" + ends + "\", \"zone\": \"Europe/London\", \"free\": true}";
        String page = "/events/" + event;
        String api = "/api/v1/events/" + event;
        String before = eventState(event, feed);

        int[] refused = {
                mvc.perform(get(page + "/edit").cookie(attacker)).andReturn().getResponse().getStatus(),
                mvc.perform(post(page + "/edit").with(csrf()).cookie(attacker).param("type", "GIG").param("title", "Taken")
                        .param("onlineLink", "https://example.org/live").param("starts", starts).param("ends", ends)
                        .param("zone", "Europe/London").param("free", "true")).andReturn().getResponse().getStatus(),
                mvc.perform(post(page + "/cancel").with(csrf()).cookie(attacker)).andReturn().getResponse().getStatus(),
                mvc.perform(post("/events/occurrences/" + occurrence + "/cancel").with(csrf()).cookie(attacker))
                        .andReturn().getResponse().getStatus(),
                mvc.perform(post("/events/messages/" + occurrence).with(csrf()).cookie(attacker).param("text", "Come early"))
                        .andReturn().getResponse().getStatus(),
                mvc.perform(post("/events/feeds/" + feed + "/revoke").with(csrf()).cookie(attacker))
                        .andReturn().getResponse().getStatus(),
                mvc.perform(get("/calendar/feeds/" + feed)).andReturn().getResponse().getStatus(),
                mvc.perform(post("/events/searches/" + search + "/delete").with(csrf()).cookie(attacker))
                        .andReturn().getResponse().getStatus(),
                mvc.perform(put(api).header("Authorization", token).contentType("application/json").content(body))
                        .andReturn().getResponse().getStatus(),
                mvc.perform(post(api + "/cancel").header("Authorization", token)).andReturn().getResponse().getStatus()};
        // these act on the attacker's own answer and own place in the lineup, never on Vera's
        mvc.perform(post("/events/occurrences/" + occurrence + "/rsvp").with(csrf()).cookie(attacker).param("answer", "none"));
        mvc.perform(delete(api + "/rsvp").header("Authorization", token).param("occurrence", occurrence.toString()));
        mvc.perform(put(api + "/rsvp").header("Authorization", token).contentType("application/json")
                .content("{\"occurrence\": \"" + occurrence + "\", \"answer\": \"INTERESTED\"}"));
        mvc.perform(post(page + "/lineup").with(csrf()).cookie(attacker).param("answer", "confirm"));
        int[] publicViews = {mvc.perform(get(page).cookie(attacker)).andReturn().getResponse().getStatus(),
                mvc.perform(get(page + "/event.ics")).andReturn().getResponse().getStatus(),
                mvc.perform(get(api).header("Authorization", token)).andReturn().getResponse().getStatus()};

        assertThat(refused).containsOnly(404);
        assertThat(publicViews).containsOnly(200);
        assertThat(eventState(event, feed)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from calendar_lineup where event_id = ?", Integer.class, event)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from calendar_saved_search where id = ?", Integer.class, search)).isOne();
    }

    private String eventState(UUID event, UUID feed) {
        return jdbc.queryForObject("select e.title || coalesce(cast(e.cancelled_at as varchar(40)), '-') || "
                + "(select count(*) from calendar_occurrence o where o.event_id = e.id and o.cancelled) || "
                + "(select min(r.status) from calendar_rsvp r join calendar_occurrence o on o.id = r.occurrence_id "
                + "where o.event_id = e.id and r.member = e.organiser) || (select count(*) from calendar_feed f where f.id = ?) "
                + "from calendar_event e where e.id = ?", String.class, feed, event);
    }

    @Test
    void anotherMembersNotificationCannotBeOpenedOrMarkedRead() throws Exception {
        UUID notification = UUID.randomUUID();
        jdbc.update("insert into notifications_notification (id, recipient, kind, text, link, created_at, digest_due) "
                + "values (?, ?, 'message', 'Private news', '/messages', current_timestamp, false)", notification, victim.value());
        String token = JsonPath.read(mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                .content("{\"email\": \"" + attackerEmail + "\", \"password\": \"" + AccountFixtures.PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString(), "$.access_token");

        int open = mvc.perform(post("/notifications/" + notification + "/open").with(csrf()).cookie(attacker))
                .andReturn().getResponse().getStatus();
        int read = mvc.perform(post("/api/v1/notifications/" + notification + "/read").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getStatus();

        assertThat(new int[] {open, read}).containsOnly(404);
        assertThat(jdbc.queryForObject("select read_at from notifications_notification where id = ?", Object.class, notification))
                .isNull();
    }

    @Test
    void aPlainMemberCannotSeeOrTouchModerationCases() throws Exception {
        UUID moderationCase = UUID.randomUUID();
        jdbc.update("insert into moderation_case (id, target_type, target_id, open_target, status, opened_at, version) "
                + "values (?, 'MEMBER', ?, ?, 'OPEN', current_timestamp, 0)", moderationCase, victim.value(), "MEMBER:" + victim.value());
        String path = "/moderation/cases/" + moderationCase;

        int view = mvc.perform(get(path).cookie(attacker)).andReturn().getResponse().getStatus();
        int claim = mvc.perform(post(path + "/claim").with(csrf()).cookie(attacker)).andReturn().getResponse().getStatus();
        int note = mvc.perform(post(path + "/notes").with(csrf()).cookie(attacker).param("text", "mine")).andReturn().getResponse().getStatus();
        int resolve = mvc.perform(post(path + "/resolve").with(csrf()).cookie(attacker).param("action", "DISMISS")
                .param("reason", "mine")).andReturn().getResponse().getStatus();

        assertThat(new int[] {view, claim, note, resolve}).containsOnly(403);
        assertThat(jdbc.queryForObject("select status from moderation_case where id = ?", String.class, moderationCase)).isEqualTo("OPEN");
    }

    @Test
    void godModeRoutesDoNotExistForAPlainMember() throws Exception {
        MemberState before = MemberState.of(jdbc, victim);

        int view = mvc.perform(get("/god/members/" + victim).cookie(attacker)).andReturn().getResponse().getStatus();
        int ban = mvc.perform(post("/god/members/" + victim + "/ban").with(csrf()).cookie(attacker).param("reason", "mine now"))
                .andReturn().getResponse().getStatus();
        int entry = mvc.perform(get("/god/audit/1").cookie(attacker)).andReturn().getResponse().getStatus();
        int proof = mvc.perform(get("/god/audit/1/proof").cookie(attacker)).andReturn().getResponse().getStatus();

        assertThat(new int[] {view, ban, entry, proof}).containsOnly(404);
        assertThat(MemberState.of(jdbc, victim)).isEqualTo(before);
    }

    @Autowired
    ConnectionStore aiConnections;

    @Test
    void theAiPanelDoesNotExistForAPlainMember() throws Exception {
        AiConnection connection = aiConnections.add(new ConnectionDraft("Victim's server", ConnectionKind.OLLAMA, "http://127.0.0.1:9",
                "m", "e", "sk-not-yours", 0, 0), java.time.Instant.now());
        String path = "/god/ai/connections/" + connection.id();
        try {
            List<Integer> statuses = new java.util.ArrayList<>();
            statuses.add(mvc.perform(get(path).cookie(attacker)).andReturn().getResponse().getStatus());
            statuses.add(mvc.perform(post(path).with(csrf()).cookie(attacker).param("name", "mine").param("kind", "OLLAMA")
                    .param("baseUrl", "http://attacker.test")).andReturn().getResponse().getStatus());
            for (String action : List.of("/switch", "/test", "/delete")) {
                statuses.add(mvc.perform(post(path + action).with(csrf()).cookie(attacker).param("on", "false")).andReturn().getResponse().getStatus());
            }
            statuses.add(mvc.perform(get("/god/ai/try/text").cookie(attacker)).andReturn().getResponse().getStatus());
            statuses.add(mvc.perform(get("/god/ai/try/files/" + UUID.randomUUID() + "/composition.wav").cookie(attacker))
                    .andReturn().getResponse().getStatus());
            statuses.add(mvc.perform(post("/god/ai/try/text").with(csrf()).cookie(attacker).param("prompt", "hi")).andReturn().getResponse().getStatus());
            statuses.add(mvc.perform(post("/god/ai/capabilities/text").with(csrf()).cookie(attacker).param("audience", "MEMBERS")
                    .param("dailyQuota", "0").param("timeoutSeconds", "1")).andReturn().getResponse().getStatus());
            statuses.add(mvc.perform(post("/god/ai/capabilities/text/chain").with(csrf()).cookie(attacker).param("edit", "add")
                    .param("link", connection.id().toString())).andReturn().getResponse().getStatus());

            assertThat(statuses).containsOnly(404);
            assertThat(aiConnections.get(connection.id())).isEqualTo(connection);
        } finally {
            aiConnections.delete(connection.id());
        }
    }

    @Test
    void rolesCannotBeGivenOrTakenByAPlainMember() throws Exception {
        accounts.assignRole(victimEmail, "moderator");
        MemberState before = MemberState.of(jdbc, victim);

        int list = mvc.perform(get("/admin/roles").cookie(attacker)).andReturn().getResponse().getStatus();
        int take = mvc.perform(post("/admin/roles/revoke").with(csrf()).cookie(attacker).param("account", victim.toString())
                .param("role", "moderator")).andReturn().getResponse().getStatus();
        int give = mvc.perform(post("/admin/roles").with(csrf()).cookie(attacker).param("email", victimEmail)
                .param("role", "admin")).andReturn().getResponse().getStatus();

        assertThat(new int[] {list, take, give}).containsOnly(403);
        assertThat(MemberState.of(jdbc, victim)).isEqualTo(before);
    }

    @Test
    void anotherMembersEmailChangeLinkCannotBeUsed() throws Exception {
        String newAddress = AccountFixtures.newEmail();
        mvc.perform(post("/settings/account/email").with(csrf()).cookie(victimSession).param("newEmail", newAddress)
                .param("emailPassword", PASSWORD));
        String link = accounts.mailbox().linkPathIn(accounts.mailbox().latestTo(newAddress));
        MemberState before = MemberState.of(jdbc, victim);

        MockHttpServletResponse used = mvc.perform(post("/settings/account/email/confirm").with(csrf()).cookie(attacker)
                .param("token", link.substring(link.indexOf("token=") + 6))).andReturn().getResponse();

        assertThat(used.getStatus()).isBetween(400, 499);
        assertThat(MemberState.of(jdbc, victim)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from identity_account where email = ?", Integer.class, newAddress))
                .isZero();
    }

    @Test
    void theApiAnswersOnlyForTheTokensOwnAccount() throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType("application/json")
                .content("{\"email\": \"" + victimEmail + "\", \"password\": \"" + PASSWORD + "\"}")).andReturn()
                .getResponse().getContentAsString();
        String victimToken = JsonPath.read(body, "$.access_token");
        String attackerId = accounts.accountId(accounts.verifiedMember("Other Account")).toString();

        String me = mvc.perform(get("/api/v1/me").param("accountId", attackerId).param("id", attackerId)
                .header("Authorization", "Bearer " + victimToken)).andReturn().getResponse().getContentAsString();

        assertThat((String) JsonPath.read(me, "$.accountId")).isEqualTo(victim.toString());
    }

    private String givePasskeyTo(AccountId account) {
        PublicKeyCredentialUserEntity owner = ImmutablePublicKeyCredentialUserEntity.builder().name(account.toString())
                .id(Bytes.random()).displayName("Victim Vera").build();
        passkeyOwners.save(owner);
        Bytes id = Bytes.random();
        passkeys.save(ImmutableCredentialRecord.builder().credentialId(id).userEntityUserId(owner.getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3})).signatureCount(0).uvInitialized(true)
                .backupEligible(false).backupState(false).credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .label("Vera's laptop").transports(Set.of()).created(Instant.now()).lastUsed(Instant.now()).build());
        return id.toBase64UrlString();
    }

    private ResultActions saveProfile(Cookie who, String handle, String visibility) throws Exception {
        return mvc.perform(profileForm(who, handle, visibility));
    }

    private MockHttpServletRequestBuilder profileForm(Cookie who, String handle, String visibility) {
        return post("/settings/profile").with(csrf()).cookie(who).param("handle", handle).param("displayName", "Vera")
                .param("bio", "Secret bio line").param("city", "Leeds").param("visibility", visibility)
                .param("theme", "SYSTEM");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private static String firstMatch(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in the page", regex).isTrue();
        return matcher.group(1);
    }
}
