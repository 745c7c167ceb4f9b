package be.hotline.gateway.ops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** {@code gateway deliveries list|retry|cancel}. */
final class DeliveriesCommand {

    private DeliveriesCommand() {
    }

    static int run(String[] args, OpsApiClient api, PrintStream out) throws OpsApiClient.CliFailure {
        if (args.length == 0) {
            throw new OpsCli.UsageException("deliveries: list, retry or cancel?");
        }
        Map<String, String> options = options(args);
        switch (args[0]) {
            case "list" -> list(api, options, out);
            case "retry" -> act(api, "retry", id(args), options.get("--reason"), out);
            case "cancel" -> {
                if (options.get("--reason") == null || options.get("--reason").isBlank()) {
                    throw new OpsCli.UsageException("deliveries cancel: --reason TEXT is required");
                }
                act(api, "cancel", id(args), options.get("--reason"), out);
            }
            default -> throw new OpsCli.UsageException("deliveries: unknown sub-command '" + args[0] + "'");
        }
        return OpsCli.EXIT_OK;
    }

    private static void list(OpsApiClient api, Map<String, String> options, PrintStream out) throws OpsApiClient.CliFailure {
        StringBuilder path = new StringBuilder("/ops/api/deliveries?limit=200");
        if (options.containsKey("--dead")) {
            path.append("&status=DEAD");
        }
        if (options.get("--partner") != null) {
            path.append("&partner=").append(URLEncoder.encode(options.get("--partner"), StandardCharsets.UTF_8));
        }
        JsonNode items = api.get(path.toString()).get("items");
        out.printf("%-8s %-22s %-18s %-13s %8s  %s%n", "ID", "REFERENCE", "PARTNER", "STATUS", "ATTEMPTS", "LAST ERROR");
        for (JsonNode item : items) {
            out.printf("%-8s %-22s %-18s %-13s %8s  %s%n", item.get("id").asText(), item.get("reference").asText(),
                    item.get("partner").asText(), item.get("status").asText(), item.get("attempts").asText(),
                    item.get("lastError").isNull() ? "" : item.get("lastError").asText());
        }
        out.println(items.size() + " deliveries");
    }

    private static void act(OpsApiClient api, String action, String id, String reason, PrintStream out)
            throws OpsApiClient.CliFailure {
        Map<String, String> body = new HashMap<>();
        if (reason != null) {
            body.put("reason", reason);
        }
        JsonNode answer = api.post("/ops/api/deliveries/" + id + "/" + action, body);
        out.println("delivery " + answer.get("id").asText() + " is now " + answer.get("status").asText());
    }

    private static String id(String[] args) {
        if (args.length < 2 || !args[1].matches("[0-9]+")) {
            throw new OpsCli.UsageException("deliveries " + args[0] + ": the delivery ID (a number) is required");
        }
        return args[1];
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--dead" -> options.put("--dead", "");
                case "--partner", "--reason" -> {
                    if (i + 1 >= args.length) {
                        throw new OpsCli.UsageException(args[i] + " needs a value");
                    }
                    options.put(args[i], args[++i]);
                }
                default -> {
                    if (i != 1 || !args[i].matches("[0-9]+")) {
                        throw new OpsCli.UsageException("unknown option '" + args[i] + "'");
                    }
                }
            }
        }
        return options;
    }
}
