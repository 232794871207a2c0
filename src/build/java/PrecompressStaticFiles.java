import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a gzip copy beside every text asset under the given folder, so the server sends
 * precompressed bytes instead of compressing per request. Run by the build as a single-file
 * program (java PrecompressStaticFiles.java DIR), so it needs nothing but the JDK.
 */
public class PrecompressStaticFiles {

    private static final List<String> TEXT = List.of(".css", ".js", ".svg", ".json", ".html", ".txt");

    public static void main(String[] args) throws IOException {
        for (String folder : args) {
            Path root = Path.of(folder);
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(PrecompressStaticFiles::isText).toList()) {
                    gzip(file);
                }
            }
        }
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && TEXT.stream().anyMatch(name::endsWith);
    }

    private static void gzip(Path file) throws IOException {
        Path target = file.resolveSibling(file.getFileName() + ".gz");
        if (Files.exists(target) && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(file)) >= 0) {
            return;
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target)) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            Files.copy(file, out);
        }
    }
}
