package be.hotline.gateway.ops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code gateway retention run [--dry-run]}: the running gateway's retention run now; with --dry-run it lists what
 * would go (per data class: the cut-off, the count, the references) and changes nothing.
 */
final class RetentionCommand {

    private RetentionCommand() {
    }

    static int run(String[] args, OpsApiClient api, PrintStream out) throws OpsApiClient.CliFailure {
        boolean dryRun = args.length == 2 && args[1].equals("--dry-run");
        if (args.length < 1 || !args[0].equals("run") || (args.length > 1 && !dryRun) || args.length > 2) {
            throw new OpsCli.UsageException("retention: the only sub-command is run [--dry-run]");
        }
        JsonNode answer = api.post("/ops/api/retention/run" + (dryRun ? "?dryRun=true" : ""), Map.of());
        out.println(dryRun ? "dry run: nothing was changed" : "retention run done");
        for (JsonNode section : answer.get("dataClasses")) {
            out.printf("%s: %d %s (received before %s%s)%n", section.get("dataClass").asText(), section.get("count").asLong(),
                    dryRun ? "would go" : "purged", section.get("receivedBefore").asText(),
                    section.has("closedBefore") ? ", or closed before " + section.get("closedBefore").asText() : "");
            for (String years : new String[] {"yearsToFreeze", "yearsFrozen"}) {
                if (section.has(years) && !section.get(years).isEmpty()) {
                    out.println("  figures " + (dryRun ? "to freeze first" : "frozen") + ": " + section.get(years));
                }
            }
            section.get("references").forEach(reference -> out.println("  " + reference.asText()));
            if (section.get("count").asLong() > section.get("references").size()) {
                out.println("  ... and " + (section.get("count").asLong() - section.get("references").size()) + " more");
            }
        }
        return OpsCli.EXIT_OK;
    }
}
