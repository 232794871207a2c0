package com.mediapatch.profiles.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.mediapatch.profiles.ImageRefused;
import com.mediapatch.profiles.ProfileImageSize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageRenditionsTests {

    private static final List<ProfileImageSize> PHOTO = List.of(ProfileImageSize.PHOTO, ProfileImageSize.PHOTO_SMALL);

    @Test
    void aPngBecomesJpegPhotosCroppedToTheirSquareSizes() throws IOException {
        Map<ProfileImageSize, byte[]> renditions = ImageRenditions.of(TestImages.png(900, 600), PHOTO);

        assertThat(read(renditions.get(ProfileImageSize.PHOTO))).satisfies(image -> {
            assertThat(image.getWidth()).isEqualTo(400);
            assertThat(image.getHeight()).isEqualTo(400);
        });
        assertThat(read(renditions.get(ProfileImageSize.PHOTO_SMALL)).getWidth()).isEqualTo(96);
        assertThat(renditions.get(ProfileImageSize.PHOTO)).startsWith(0xFF, 0xD8, 0xFF);
    }

    @Test
    void aJpegBannerIsCutToThreeByOne() throws IOException {
        byte[] banner = ImageRenditions.of(TestImages.jpeg(800, 800), List.of(ProfileImageSize.BANNER))
                .get(ProfileImageSize.BANNER);

        BufferedImage image = read(banner);
        assertThat(image.getWidth()).isEqualTo(1500);
        assertThat(image.getHeight()).isEqualTo(500);
    }

    @Test
    void aTextFileCalledPngIsRefused() {
        byte[] text = "Not a picture at all, just words in a file named photo.png".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ImageRenditions.of(text, PHOTO)).isInstanceOf(ImageRefused.class)
                .hasMessageContaining("not a PNG, JPEG or GIF");
    }

    @Test
    void aHeaderClaimingHugeDimensionsIsRefusedBeforeAnyPixelIsDecoded() {
        byte[] bomb = TestImages.pngClaiming(100_000, 100_000);

        assertThat(bomb.length).isLessThan(200);
        assertThatThrownBy(() -> ImageRenditions.of(bomb, PHOTO)).isInstanceOf(ImageRefused.class)
                .hasMessageContaining("100000 × 100000");
    }

    @Test
    void tooManyPixelsWithinTheSideLimitAreRefusedToo() {
        assertThatThrownBy(() -> ImageRenditions.of(TestImages.pngClaiming(7_900, 7_900), PHOTO))
                .isInstanceOf(ImageRefused.class).hasMessageContaining("too large");
    }

    @Test
    void filesOverEightMegabytesAreRefused() {
        byte[] big = TestImages.concat(TestImages.png(10, 10), new byte[8 * 1024 * 1024]);

        assertThatThrownBy(() -> ImageRenditions.of(big, PHOTO)).isInstanceOf(ImageRefused.class)
                .hasMessageContaining("8 MB");
    }

    @Test
    void aPolyglotKeepsOnlyItsPicture() {
        byte[] script = "<script>alert(document.cookie)</script>".getBytes(StandardCharsets.US_ASCII);
        byte[] polyglot = TestImages.concat(TestImages.png(64, 64), script);

        byte[] photo = ImageRenditions.of(polyglot, PHOTO).get(ProfileImageSize.PHOTO);

        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).doesNotContain("<script");
    }

    @Test
    void markupDressedWithAnImageAfterwardsIsNotAnImage() {
        byte[] html = "<html><body><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> ImageRenditions.of(TestImages.concat(html, TestImages.png(8, 8)), PHOTO))
                .isInstanceOf(ImageRefused.class);
    }

    @Test
    void metadataIsLeftBehind() {
        byte[] tagged = TestImages.pngWithText(50, 50, "GPS 53.8008 -1.5491 taken at home");
        assertThat(new String(tagged, StandardCharsets.ISO_8859_1)).contains("GPS 53.8008");

        byte[] photo = ImageRenditions.of(tagged, PHOTO).get(ProfileImageSize.PHOTO);

        assertThat(new String(photo, StandardCharsets.ISO_8859_1)).doesNotContain("GPS");
    }

    @Test
    void nothingUploadedIsRefusedWithAMessage() {
        assertThatThrownBy(() -> ImageRenditions.of(new byte[0], PHOTO)).isInstanceOf(ImageRefused.class)
                .hasMessageContaining("Choose an image");
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }
}
