package com.mediapatch.shared.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stylesheet's blocks all close: one brace lost in a merge nests every later rule inside the one before it,
 * and browsers then drop whole sections of the site's styles without a word.
 */
class StylesheetTests {

    private static final Path STYLESHEET = Path.of("src/main/resources/static/css/app.css");

    @Test
    void everyBlockOfTheStylesheetCloses() throws IOException {
        assertThat(unclosedBlocks(Files.readString(STYLESHEET))).as("lines opening a block that never closes").isEmpty();
    }

    @Test
    void aLostBraceIsFound() {
        assertThat(unclosedBlocks(".a {\n    color: red;\n/* b */\n.b {\n    color: blue;\n}\n")).containsExactly(1);
        assertThat(unclosedBlocks(".a { content: \"{\"; }\n/* } { */\n")).isEmpty();
        assertThat(unclosedBlocks(".a { }\n}\n")).containsExactly(-2);
    }

    /** The lines of blocks left open at the end, or a line's negative number where a brace closes nothing. */
    static List<Integer> unclosedBlocks(String css) {
        List<Integer> open = new ArrayList<>();
        int line = 1;
        for (int at = 0; at < css.length(); at++) {
            char c = css.charAt(at);
            if (c == '\n') {
                line++;
            } else if (css.startsWith("/*", at)) {
                int end = css.indexOf("*/", at + 2);
                line += (int) css.substring(at, end < 0 ? css.length() : end).chars().filter(ch -> ch == '\n').count();
                at = end < 0 ? css.length() : end + 1;
            } else if (c == '"' || c == '\'') {
                int end = css.indexOf(c, at + 1);
                at = end < 0 ? css.length() : end;
            } else if (c == '{') {
                open.add(line);
            } else if (c == '}') {
                if (open.isEmpty()) {
                    return List.of(-line);
                }
                open.remove(open.size() - 1);
            }
        }
        return open;
    }
}
