package be.hotline.gateway.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's promtool (package prometheus, which .ci/run installs), run from the repository root. Without it the
 * calling test fails, never skips; a non-zero exit fails it with promtool's own words.
 */
final class Promtool {

    private static final Path PROMTOOL = Path.of(System.getProperty("promtool", "/usr/bin/promtool"));

    private Promtool() {
    }

    static String run(String... arguments) throws Exception {
        assertThat(Files.isExecutable(PROMTOOL)).as(PROMTOOL + " is missing: apt-get install -y prometheus (.ci/run does it)")
                .isTrue();
        List<String> command = new ArrayList<>(List.of(PROMTOOL.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("promtool within a minute").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
        return output;
    }
}
