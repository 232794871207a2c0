package com.mediapatch.profiles.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.audit.AuditableAction;
import com.mediapatch.identity.AccountId;
import com.mediapatch.profiles.ProfileImageSize;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * A member's photo and banner: an upload is checked and re-encoded ({@link ImageRenditions}),
 * written under a fresh random id, then shown on the profile; the pictures it replaces are
 * deleted. Uploads and removals are audited as the member's actions, without file names.
 */
@Service
public class ProfileImages {

    private final ProfileCatalogue catalogue;
    private final ProfileImageFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProfileImages(ProfileCatalogue catalogue, ProfileImageFiles files, ApplicationEventPublisher events, Clock clock) {
        this.catalogue = catalogue;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** Replaces the member's photo or banner with the upload; refused with a reason when it is not a fitting image. */
    public UUID upload(AccountId member, ImageSlot slot, byte[] upload) {
        Map<ProfileImageSize, byte[]> renditions = ImageRenditions.of(upload, slot.sizes());
        UUID image = UUID.randomUUID();
        files.write(image, renditions);
        UUID previous;
        try {
            previous = catalogue.replaceImage(member, slot, image);
        } catch (RuntimeException failed) {
            files.delete(image);
            throw failed;
        }
        forget(previous);
        audit(member, slot, "uploaded");
        return image;
    }

    /** Takes the member's photo or banner away; nothing happens when there is none. */
    public void remove(AccountId member, ImageSlot slot) {
        UUID previous = catalogue.replaceImage(member, slot, null);
        if (previous != null) {
            forget(previous);
            audit(member, slot, "removed");
        }
    }

    /** The file of a rendition the profile currently shows; callers check who may see the profile. */
    public Optional<Path> file(Profile profile, UUID image, ProfileImageSize size) {
        boolean current = image.equals(profile.summary().photo()) && size != ProfileImageSize.BANNER
                || image.equals(profile.banner()) && size == ProfileImageSize.BANNER;
        return current ? files.find(image, size) : Optional.empty();
    }

    private void forget(UUID previous) {
        if (previous != null) {
            files.delete(previous);
        }
    }

    private void audit(AccountId member, ImageSlot slot, String verb) {
        String actor = "member:" + member.value();
        events.publishEvent(AuditableAction.of(clock.instant(), actor, "profiles." + slot.slug() + "-" + verb, actor,
                null, Map.of()));
    }
}
