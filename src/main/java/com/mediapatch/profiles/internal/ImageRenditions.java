package com.mediapatch.profiles.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.mediapatch.profiles.ImageRefused;
import com.mediapatch.profiles.ProfileImageSize;

/**
 * Turns an upload into the renditions profiles serve. The format is recognised from the bytes
 * (the readers' signatures), never from the name or the declared type; the dimensions are read
 * from the header before any pixel is decoded, so a small file claiming a huge picture (a
 * decompression bomb) is refused cheaply. What is kept is re-encoded from the pixels alone:
 * metadata (EXIF, GPS) and anything appended or hidden in the file (polyglots) are left behind.
 */
public final class ImageRenditions {

    public static final long MAX_BYTES = 8L * 1024 * 1024;
    static final int MAX_SIDE = 8000;
    static final long MAX_PIXELS = 40_000_000L;
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif");

    private ImageRenditions() {
    }

    /** JPEG bytes for each of the sizes, cropped to fill them; refused when the upload is not an acceptable image. */
    public static Map<ProfileImageSize, byte[]> of(byte[] upload, List<ProfileImageSize> sizes) {
        BufferedImage pixels = decode(upload);
        Map<ProfileImageSize, byte[]> renditions = new EnumMap<>(ProfileImageSize.class);
        for (ProfileImageSize size : sizes) {
            renditions.put(size, jpeg(cover(pixels, size.width(), size.height())));
        }
        return renditions;
    }

    static BufferedImage decode(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new ImageRefused("Choose an image file to upload.");
        }
        if (upload.length > MAX_BYTES) {
            throw new ImageRefused("That image is larger than 8 MB. Choose a smaller one.");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            ImageReader reader = readerFor(input);
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new ImageRefused("That image is too large (" + width + " × " + height
                            + " pixels). Use one at most " + MAX_SIDE + " pixels on each side.");
                }
                if (width < 1 || height < 1) {
                    throw new ImageRefused("That image has no pixels.");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ImageRefused refused) {
                throw refused;
            }
            throw new ImageRefused("That file could not be read as a PNG, JPEG or GIF image.");
        }
    }

    private static ImageReader readerFor(ImageInputStream input) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                if (FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
                    return reader;
                }
            } catch (IOException ignored) {
                // a reader that cannot name its format is not one we use
            }
            reader.dispose();
        }
        throw new ImageRefused("That file is not a PNG, JPEG or GIF image.");
    }

    /** Scales to cover the box and crops the middle, on white (JPEG has no transparency). */
    static BufferedImage cover(BufferedImage source, int width, int height) {
        double scale = Math.max((double) width / source.getWidth(), (double) height / source.getHeight());
        int scaledWidth = (int) Math.ceil(source.getWidth() * scale);
        int scaledHeight = (int) Math.ceil(source.getHeight() * scale);
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, (width - scaledWidth) / 2, (height - scaledHeight) / 2, scaledWidth, scaledHeight, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), quality);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
