package com.mediapatch.profiles.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mediapatch.operations.DataDirectory;
import com.mediapatch.profiles.ProfileImageSize;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Photo and banner renditions in the data dir folder the backup copies ({@code DataDirectory.PROFILE_IMAGES}),
 * readable by the owner only, each named by its random image id and size, never by anything a member typed.
 * The media module, once it exists, takes these over.
 */
@Component
class ProfileImageFiles {

    private final Path folder;

    ProfileImageFiles(@Value("${" + DataDirectory.PROPERTY + "}") String dataDir) throws IOException {
        this.folder = DataDirectory.ownerOnlyFolder(Path.of(dataDir).resolve(DataDirectory.PROFILE_IMAGES));
    }

    void write(UUID image, Map<ProfileImageSize, byte[]> renditions) {
        try {
            for (Map.Entry<ProfileImageSize, byte[]> rendition : renditions.entrySet()) {
                Path partial = DataDirectory.createOwnerOnlyFile(folder.resolve(UUID.randomUUID() + ".partial"));
                Files.write(partial, rendition.getValue());
                Files.move(partial, file(image, rendition.getKey()), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<Path> find(UUID image, ProfileImageSize size) {
        Path file = file(image, size);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    void delete(UUID image) {
        for (ProfileImageSize size : ProfileImageSize.values()) {
            try {
                Files.deleteIfExists(file(image, size));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Path file(UUID image, ProfileImageSize size) {
        return folder.resolve(image + "-" + size.slug() + ".jpg");
    }
}
