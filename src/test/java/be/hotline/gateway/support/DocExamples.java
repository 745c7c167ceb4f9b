package be.hotline.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Examples shown in the docs' markdown pages, read as they stand so tests can hold them against the writers. */
public final class DocExamples {

    private DocExamples() {
    }

    /**
     * The first fenced block of the given kind ("```json", "```xml") after the sentence that introduces it on the page.
     * Fails when the sentence is gone, so a reworded page cannot make a test quietly compare another block.
     */
    public static String block(Path page, String introduction, String fence) {
        String text = read(page);
        int introduced = text.indexOf(introduction);
        if (introduced < 0) {
            throw new AssertionError(page + " no longer says: " + introduction);
        }
        int start = text.indexOf(fence, introduced);
        if (start < 0) {
            throw new AssertionError(page + " has no " + fence + " block after: " + introduction);
        }
        start += fence.length();
        return text.substring(start, text.indexOf("```", start));
    }

    private static String read(Path page) {
        try {
            return Files.readString(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
