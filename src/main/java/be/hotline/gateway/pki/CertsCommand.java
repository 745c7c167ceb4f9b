package be.hotline.gateway.pki;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code gateway certs init --out DIR [--password PW] [--force]}: writes the demo PKI.
 * Exit codes: 0 written, 1 refused or failed, 2 bad arguments.
 */
public final class CertsCommand {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    static final String USAGE = """
            Usage: certs init --out DIR [--password PW] [--force]
              Writes a DEMO PKI to DIR: root CA, gateway and partner certificates, and for each partner
              that receives deliveries a CA of its own and a localhost server certificate from it.
              Its keys are meant to be public: never use them for real traffic.
              --out DIR       directory to write (created if missing)
              --password PW   password of the .p12 files (default: demo-only)
              --force         write into DIR even if it is not empty (files of the same name are replaced)""";

    private static final Set<String> HELP = Set.of("help", "--help", "-h");

    private CertsCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && HELP.contains(args[0])) {
            out.println(USAGE);
            return EXIT_OK;
        }
        CertsArguments arguments;
        try {
            arguments = CertsArguments.parse(args);
        } catch (CertsArguments.UsageException e) {
            err.println("certs: " + e.getMessage());
            err.println(USAGE);
            return EXIT_USAGE;
        }
        try {
            return init(arguments, out, err);
        } finally {
            Arrays.fill(arguments.password(), '\0');
        }
    }

    private static int init(CertsArguments arguments, PrintStream out, PrintStream err) {
        Path dir = arguments.outDir();
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                err.println("certs: " + dir + " exists and is not a directory");
                return EXIT_FAILED;
            }
            // Never silently replace someone's keys: a second run needs an explicit --force.
            if (!arguments.force() && isNonEmptyDirectory(dir)) {
                err.println("certs: " + dir + " is not empty; add --force to replace the demo PKI files in it");
                return EXIT_FAILED;
            }
            DemoPkiLayout layout = DemoPki.init(dir, arguments.password(), Clock.systemUTC());
            out.println("Wrote a DEMO PKI to " + dir.toAbsolutePath().normalize()
                    + " (public demo keys: never use them for real traffic):");
            layout.files().forEach(file -> out.println("  " + layout.relativeName(file)));
            out.println("Password of the .p12 files: "
                    + (Arrays.equals(DemoPki.DEFAULT_PASSWORD.toCharArray(), arguments.password())
                    ? DemoPki.DEFAULT_PASSWORD : "the one given with --password"));
            return EXIT_OK;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            err.println("certs: could not write the demo PKI to " + dir + ": " + e);
            return EXIT_FAILED;
        }
    }

    private static boolean isNonEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }
}
