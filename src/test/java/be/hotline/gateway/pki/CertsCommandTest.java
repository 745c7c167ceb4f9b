package be.hotline.gateway.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertsCommandTest {

    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesTheDemoPkiIntoANewDirectoryAndSaysWhat() throws Exception {
        Path dir = tmp.resolve("certs");

        assertThat(run("init", "--out", dir.toString())).isEqualTo(CertsCommand.EXIT_OK);

        DemoPkiLayout layout = DemoPkiLayout.of(dir);
        assertThat(layout.files()).allSatisfy(file -> assertThat(file).isRegularFile());
        assertThat(out()).contains("DEMO PKI", "never use them for real traffic", "partners/nl-hotline.p12",
                "gateway/gateway.p12", "ca/demo-root-ca.crt", "demo-only");
        assertThat(PkiTestSupport.loadKeyStore(layout.gatewayKeyStore(), "demo-only".toCharArray()).size()).isEqualTo(1);
    }

    @Test
    void refusesANonEmptyDirectoryWithoutForce() throws Exception {
        Files.writeString(tmp.resolve("precious.txt"), "not ours");

        assertThat(run("init", "--out", tmp.toString())).isEqualTo(CertsCommand.EXIT_FAILED);

        assertThat(err()).contains("not empty", "--force");
        assertThat(PkiTestSupport.relativeFileNames(tmp)).containsExactly("precious.txt");
    }

    @Test
    void replacesAnEarlierPkiWithForce() throws Exception {
        assertThat(run("init", "--out", tmp.toString())).isEqualTo(CertsCommand.EXIT_OK);
        DemoPkiLayout layout = DemoPkiLayout.of(tmp);
        byte[] firstRoot = Files.readAllBytes(layout.rootCaCertificate());

        assertThat(run("init", "--out", tmp.toString(), "--force", "--password", "other-pw"))
                .isEqualTo(CertsCommand.EXIT_OK);

        assertThat(Files.readAllBytes(layout.rootCaCertificate())).isNotEqualTo(firstRoot);
        assertThat(PkiTestSupport.loadKeyStore(layout.gatewayKeyStore(), "other-pw".toCharArray()).size()).isEqualTo(1);
        assertThat(out()).doesNotContain("other-pw");
    }

    @Test
    void refusesAnOutPathThatIsAFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "x");

        assertThat(run("init", "--out", file.toString(), "--force")).isEqualTo(CertsCommand.EXIT_FAILED);
        assertThat(err()).contains("not a directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "init", "init --out", "init --password pw", "renew --out x", "init --out x --bogus",
            "init --out x --password", "init --out x --password --force"})
    void badArgumentsPrintUsageAndFail(String commandLine) {
        String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");

        assertThat(run(args)).isEqualTo(CertsCommand.EXIT_USAGE);

        assertThat(err()).startsWith("certs: ").contains("Usage: certs init --out DIR");
        assertThat(out()).isEmpty();
    }

    @Test
    void emptyPasswordIsRefused() {
        assertThat(run("init", "--out", tmp.resolve("x").toString(), "--password", "")).isEqualTo(CertsCommand.EXIT_USAGE);
        assertThat(err()).contains("--password must not be empty");
    }

    @Test
    void helpPrintsUsage() {
        assertThat(run("--help")).isEqualTo(CertsCommand.EXIT_OK);
        assertThat(out()).contains("Usage: certs init --out DIR [--password PW] [--force]");
    }

    private int run(String... args) {
        return CertsCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
