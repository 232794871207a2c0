package com.mediapatch.profiles.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;

import com.mediapatch.IntegrationTest;
import com.mediapatch.identity.AccountFixtures;
import com.mediapatch.profiles.Visibility;
import com.mediapatch.profiles.internal.TestImages;
import com.mediapatch.social.Relationships;
import com.mediapatch.social.SocialMembers;
import com.mediapatch.social.SocialMembers.TestMember;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProfileImagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    SocialMembers members;

    @Autowired
    Relationships relationships;

    @Test
    void anUploadedPhotoIsServedReEncodedAndShownOnTheProfile() throws Exception {
        TestMember owner = members.member("Photo Owner", Visibility.EVERYONE);
        Cookie session = accounts.signIn(owner.email());

        upload(session, "photo", "holiday.png", TestImages.png(800, 500)).andExpect(redirectedUrl("/settings/profile#section-images"));

        UUID photo = photoOf(owner);
        assertThat(photo).isNotNull();
        String path = "/members/" + owner.handle() + "/images/" + photo + "/photo";
        mvc.perform(get("/members/" + owner.handle())).andExpect(content().string(containsString(path)));
        byte[] served = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", containsString("private")))
                .andExpect(header().string("Cache-Control", containsString("immutable")))
                .andReturn().getResponse().getContentAsByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(served));
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(400);
        mvc.perform(get("/members/" + owner.handle() + "/images/" + photo + "/photo-small")).andExpect(status().isOk());
        assertThat(auditedActions(owner, "profiles.photo-uploaded")).contains("profiles.photo-uploaded");
        assertThat(jdbc.queryForList("select details from audit_entry where actor = ?", String.class,
                "member:" + owner.id().value())).noneMatch(details -> details.contains("holiday"));
    }

    @Test
    void directoryAndFriendCardsShowPhotosTheirViewerMayLoad() throws Exception {
        TestMember viewer = members.member("Card Viewer");
        TestMember open = members.member("Card Open Photo", Visibility.MEMBERS);
        TestMember closed = members.member("Card Closed Photo", Visibility.FRIENDS);
        upload(accounts.signIn(open.email()), "photo", "open.png", TestImages.png(80, 80));
        upload(accounts.signIn(closed.email()), "photo", "closed.png", TestImages.png(80, 80));
        relationships.accept(open.id(), relationships.request(viewer.id(), open.id()).request());
        relationships.accept(closed.id(), relationships.request(open.id(), closed.id()).request());
        String openPhoto = "/members/" + open.handle() + "/images/" + photoOf(open) + "/photo-small";
        String closedPhoto = "/members/" + closed.handle() + "/images/" + photoOf(closed) + "/photo-small";
        Cookie session = accounts.signIn(viewer.email());

        mvc.perform(get("/members").param("q", "Card Open").cookie(session))
                .andExpect(content().string(containsString(openPhoto)));
        mvc.perform(get("/friends").cookie(session)).andExpect(content().string(containsString(openPhoto)));
        // The viewer is no friend of the friends-only member: on a friend list their photo would not load.
        mvc.perform(get("/friends/of/" + open.handle()).cookie(session))
                .andExpect(content().string(containsString(closed.handle())))
                .andExpect(content().string(not(containsString(closedPhoto))));
        mvc.perform(get("/friends/of/" + viewer.handle()).cookie(accounts.signIn(closed.email())))
                .andExpect(content().string(containsString(openPhoto)));
    }

    @Test
    void aFriendsOnlyPhotoIsServedToFriendsAndToNobodyElse() throws Exception {
        TestMember owner = members.member("Private Painter", Visibility.FRIENDS);
        TestMember friend = members.member("Close Friend");
        TestMember stranger = members.member("Passing Stranger");
        relationships.accept(owner.id(), relationships.request(friend.id(), owner.id()).request());
        upload(accounts.signIn(owner.email()), "photo", "me.jpg", TestImages.jpeg(300, 300));
        String path = "/members/" + owner.handle() + "/images/" + photoOf(owner) + "/photo";

        mvc.perform(get(path).cookie(accounts.signIn(friend.email()))).andExpect(status().isOk());
        mvc.perform(get(path).cookie(accounts.signIn(stranger.email()))).andExpect(status().isNotFound());
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get(path).cookie(accounts.signIn(owner.email()))).andExpect(status().isOk());
    }

    @Test
    void aMemberTheOwnerBlockedGetsNotFoundEvenForAPublicProfile() throws Exception {
        TestMember owner = members.member("Public Blocker", Visibility.EVERYONE);
        TestMember pest = members.member("Blocked Pest");
        upload(accounts.signIn(owner.email()), "banner", "wide.png", TestImages.png(1200, 300));
        relationships.block(owner.id(), pest.id());
        UUID banner = jdbc.queryForObject("select banner_id from profiles_profile where account_id = ?", UUID.class,
                owner.id().value());
        String path = "/members/" + owner.handle() + "/images/" + banner + "/banner";

        mvc.perform(get(path)).andExpect(status().isOk());
        mvc.perform(get(path).cookie(accounts.signIn(pest.email()))).andExpect(status().isNotFound());
    }

    @Test
    void aTextFileIsRefusedWithAMessageAndNothingChanges() throws Exception {
        TestMember owner = members.member("Careless Uploader");
        Cookie session = accounts.signIn(owner.email());

        upload(session, "photo", "photo.png", "just some words".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("not a PNG, JPEG or GIF image")));

        assertThat(photoOf(owner)).isNull();
    }

    @Test
    void anHtmxUploadAnswersWithTheSectionAndAToast() throws Exception {
        TestMember owner = members.member("Htmx Uploader");
        Cookie session = accounts.signIn(owner.email());

        mvc.perform(multipart("/settings/profile/images/photo").file(image("a.png", TestImages.png(50, 50)))
                        .with(csrf()).cookie(session).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"section-images\"")))
                .andExpect(content().string(containsString("Photo saved.")))
                .andExpect(content().string(containsString("Remove photo")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void removingThePhotoStopsServingIt() throws Exception {
        TestMember owner = members.member("Camera Shy", Visibility.EVERYONE);
        Cookie session = accounts.signIn(owner.email());
        upload(session, "photo", "a.png", TestImages.png(60, 60));
        String path = "/members/" + owner.handle() + "/images/" + photoOf(owner) + "/photo";

        mvc.perform(post("/settings/profile/images/photo/remove").with(csrf()).cookie(session))
                .andExpect(redirectedUrl("/settings/profile#section-images"));

        assertThat(photoOf(owner)).isNull();
        mvc.perform(get(path)).andExpect(status().isNotFound());
        assertThat(auditedActions(owner, "profiles.photo-removed")).contains("profiles.photo-removed");
    }

    @Test
    void aNewPhotoReplacesTheOldOneWhoseAddressStopsWorking() throws Exception {
        TestMember owner = members.member("Fresh Look", Visibility.EVERYONE);
        Cookie session = accounts.signIn(owner.email());
        upload(session, "photo", "old.png", TestImages.png(60, 60));
        UUID old = photoOf(owner);

        upload(session, "photo", "new.png", TestImages.png(70, 70));

        assertThat(photoOf(owner)).isNotEqualTo(old);
        mvc.perform(get("/members/" + owner.handle() + "/images/" + old + "/photo")).andExpect(status().isNotFound());
    }

    @Test
    void oddImageAddressesAreNotFound() throws Exception {
        TestMember owner = members.member("Odd Addresses", Visibility.EVERYONE);
        upload(accounts.signIn(owner.email()), "photo", "a.png", TestImages.png(60, 60));
        String base = "/members/" + owner.handle() + "/images/";

        mvc.perform(get(base + "not-an-id/photo")).andExpect(status().isNotFound());
        mvc.perform(get(base + photoOf(owner) + "/original")).andExpect(status().isNotFound());
        mvc.perform(get(base + photoOf(owner) + "/banner")).andExpect(status().isNotFound());
        mvc.perform(get(base + UUID.randomUUID() + "/photo")).andExpect(status().isNotFound());
        mvc.perform(post("/settings/profile/images/avatar").with(csrf()).cookie(accounts.signIn(owner.email())))
                .andExpect(status().isNotFound());
    }

    private ResultActions upload(Cookie session, String slot, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/settings/profile/images/" + slot).file(image(name, bytes)).with(csrf())
                .cookie(session));
    }

    private static MockMultipartFile image(String name, byte[] bytes) {
        return new MockMultipartFile("image", name, "image/png", bytes);
    }

    /** The member's audited actions, once the asynchronous audit log has written the awaited one. */
    private List<String> auditedActions(TestMember member, String awaited) throws InterruptedException {
        String sql = "select action from audit_entry where actor = ?";
        for (int wait = 0; wait < 100 && !jdbc.queryForList(sql, String.class, "member:" + member.id().value())
                .contains(awaited); wait++) {
            Thread.sleep(50);
        }
        return jdbc.queryForList(sql, String.class, "member:" + member.id().value());
    }

    private UUID photoOf(TestMember member) {
        return jdbc.queryForObject("select photo_id from profiles_profile where account_id = ?", UUID.class,
                member.id().value());
    }
}
