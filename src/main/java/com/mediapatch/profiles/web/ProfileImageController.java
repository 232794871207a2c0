package com.mediapatch.profiles.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.identity.Member;
import com.mediapatch.profiles.ProfileImageNotFound;
import com.mediapatch.profiles.ProfileImageSize;
import com.mediapatch.profiles.ProfileRoutes;
import com.mediapatch.profiles.internal.Profile;
import com.mediapatch.profiles.internal.ProfileCatalogue;
import com.mediapatch.profiles.internal.ProfileImages;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves photos and banners to whoever may see the profile, and answers {@code ProfileImageNotFound} to everyone
 * else (signed out, not a friend, blocked), so a picture says nothing about a profile one may not see.
 * Ids change with every upload, so a served rendition never changes: the viewer's browser may keep
 * it, shared caches may not.
 */
@Controller
class ProfileImageController {

    private static final CacheControl KEEP_PRIVATELY = CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();

    private final ProfileCatalogue catalogue;
    private final ProfileImages images;
    private final ProfileAccess access;

    ProfileImageController(ProfileCatalogue catalogue, ProfileImages images, ProfileAccess access) {
        this.catalogue = catalogue;
        this.images = images;
        this.access = access;
    }

    @GetMapping(ProfileRoutes.IMAGE)
    ResponseEntity<Resource> image(@PathVariable String handle, @PathVariable String imageId, @PathVariable String size,
            @AuthenticationPrincipal Member viewer) {
        Profile profile = catalogue.byHandle(handle).filter(p -> access.admits(viewer, p)).orElseThrow(ProfileImageNotFound::new);
        UUID image = parse(imageId).orElseThrow(ProfileImageNotFound::new);
        ProfileImageSize rendition = ProfileImageSize.ofSlug(size).orElseThrow(ProfileImageNotFound::new);
        Path file = images.file(profile, image, rendition).orElseThrow(ProfileImageNotFound::new);
        return ResponseEntity.ok().cacheControl(KEEP_PRIVATELY).contentType(MediaType.IMAGE_JPEG)
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(new FileSystemResource(file));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return id.length() == 36 ? Optional.of(UUID.fromString(id)) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
