package be.hotline.gateway.ops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;

/** {@code gateway status}: the overview, summed up for a terminal. */
final class StatusCommand {

    private StatusCommand() {
    }

    static int run(OpsApiClient api, PrintStream out) throws OpsApiClient.CliFailure {
        JsonNode overview = api.get("/ops/api/overview");
        JsonNode outbox = overview.get("outbox");
        out.println("gateway status at " + overview.get("generatedAt").asText());
        out.println("outbox: " + outbox.get("due").asInt() + " due, " + outbox.get("inFlight").asInt() + " in flight, "
                + outbox.get("dead").asInt() + " dead");
        long stopped = 0;
        for (JsonNode route : overview.get("routes")) {
            stopped += "Started".equals(route.get("status").asText()) ? 0 : 1;
        }
        out.println("routes: " + overview.get("routes").size() + " (" + stopped + " not started)");
        out.println("partners:");
        for (JsonNode partner : overview.get("partners")) {
            out.printf("  %-5s %-20s circuit %-9s pending %5d  dead %4d  ack overdue %4d  failures in a row %d%n",
                    partner.get("healthy").asBoolean() ? "OK" : "DOWN", partner.get("id").asText(),
                    partner.get("circuit").asText(), partner.get("pending").asInt(), partner.get("dead").asInt(),
                    partner.get("ackOverdue").asInt(), partner.get("consecutiveFailures").asInt());
        }
        out.println("certificates:");
        for (JsonNode certificate : overview.get("certificates")) {
            out.printf("  %-8s %5d days  %s  %s%n", certificate.get("level").asText(), certificate.get("daysLeft").asLong(),
                    certificate.get("owner").asText(), certificate.get("subject").asText());
        }
        return OpsCli.EXIT_OK;
    }
}
