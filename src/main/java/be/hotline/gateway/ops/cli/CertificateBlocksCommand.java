package be.hotline.gateway.ops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.Map;

/** {@code gateway certs block SHA256 --reason TEXT}, {@code certs unblock SHA256 --reason TEXT}, {@code certs blocked}. */
final class CertificateBlocksCommand {

    private CertificateBlocksCommand() {
    }

    static int run(String[] args, OpsApiClient api, PrintStream out) throws OpsApiClient.CliFailure {
        switch (args[0]) {
            case "blocked" -> list(api, out);
            case "block" -> {
                JsonNode answer = api.post("/ops/api/certificates/block", Map.of("sha256", fingerprint(args), "reason", reason(args)));
                out.println("certificate " + answer.get("sha256").asText() + " is blocked; its open connections are closed");
            }
            case "unblock" -> {
                JsonNode answer = api.post("/ops/api/certificates/blocked/" + fingerprint(args).replace(":", "") + "/unblock",
                        Map.of("reason", reason(args)));
                out.println("certificate " + answer.get("sha256").asText() + " is no longer blocked");
            }
            default -> throw new OpsCli.UsageException("certs: unknown sub-command '" + args[0] + "'");
        }
        return OpsCli.EXIT_OK;
    }

    private static void list(OpsApiClient api, PrintStream out) throws OpsApiClient.CliFailure {
        JsonNode items = api.get("/ops/api/certificates/blocked").get("items");
        for (JsonNode item : items) {
            out.printf("%s  %s by %s: %s%n", item.get("sha256").asText(), item.get("blockedAt").asText(),
                    item.get("blockedBy").asText(), item.get("reason").asText());
        }
        out.println(items.size() + " blocked certificates");
    }

    private static String fingerprint(String[] args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            throw new OpsCli.UsageException("certs " + args[0] + ": the certificate's SHA-256 fingerprint is required");
        }
        return args[1];
    }

    private static String reason(String[] args) {
        for (int i = 2; i < args.length - 1; i++) {
            if (args[i].equals("--reason") && !args[i + 1].isBlank()) {
                return args[i + 1];
            }
        }
        throw new OpsCli.UsageException("certs " + args[0] + ": --reason TEXT is required");
    }
}
