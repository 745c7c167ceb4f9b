package be.hotline.gateway.ops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * {@code gateway audit verify}: exit 0 when the audit chain is intact, {@link #EXIT_BROKEN} naming the first broken
 * entry otherwise. {@code gateway audit export-checkpoints DIR}: each signed checkpoint as checkpoint-N.json (the
 * exact signed bytes) and checkpoint-N.json.p7s (the detached CMS signature, DER), for openssl cms -verify.
 */
final class AuditCommand {

    /** The chain is broken (distinct from 1: the command itself failed). */
    static final int EXIT_BROKEN = 3;

    private AuditCommand() {
    }

    static int run(String[] args, OpsApiClient api, PrintStream out) throws OpsApiClient.CliFailure {
        if (args.length == 1 && args[0].equals("verify")) {
            return verify(api, out);
        }
        if (args.length == 2 && args[0].equals("export-checkpoints")) {
            return export(api, Path.of(args[1]), out);
        }
        throw new OpsCli.UsageException("audit: the sub-commands are verify and export-checkpoints DIR");
    }

    private static int verify(OpsApiClient api, PrintStream out) throws OpsApiClient.CliFailure {
        JsonNode chain = api.get("/ops/api/audit/chain");
        if ("INTACT".equals(chain.path("status").asText())) {
            out.println("audit chain intact: " + chain.path("headPosition").asLong() + " entries sealed, "
                    + chain.path("unsealed").asLong() + " waiting to be sealed, " + chain.path("checkpointsMatched").asInt()
                    + " signed checkpoints match");
            return OpsCli.EXIT_OK;
        }
        JsonNode broken = chain.path("firstBroken");
        out.println("audit chain BROKEN at entry " + broken.path("position").asLong() + ": " + broken.path("problem").asText());
        return EXIT_BROKEN;
    }

    private static int export(OpsApiClient api, Path directory, PrintStream out) throws OpsApiClient.CliFailure {
        int written = 0;
        try {
            Files.createDirectories(directory);
            long after = 0;
            while (true) {
                JsonNode page = api.get("/ops/api/audit/checkpoints?after=" + after);
                for (JsonNode checkpoint : page.path("items")) {
                    String name = String.format("checkpoint-%012d.json", checkpoint.path("position").asLong());
                    Files.write(directory.resolve(name), checkpoint.path("content").asText().getBytes(StandardCharsets.UTF_8));
                    Files.write(directory.resolve(name + ".p7s"), Base64.getDecoder().decode(checkpoint.path("signature").asText()));
                    written++;
                }
                if (!page.has("nextAfter")) {
                    break;
                }
                after = page.path("nextAfter").asLong();
            }
        } catch (IOException e) {
            throw new OpsApiClient.CliFailure("cannot write to " + directory + ": " + e.getMessage());
        }
        out.println(written + " signed checkpoints written to " + directory + "; verify each with: openssl cms -verify"
                + " -inform DER -binary -content checkpoint-N.json -in checkpoint-N.json.p7s -CAfile ca.pem -out /dev/null");
        return OpsCli.EXIT_OK;
    }
}
