package be.hotline.gateway.ops.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.util.Map;

/**
 * {@code gateway keys rotate}: the running gateway re-encrypts every reporter contact row not under its current key.
 * Exits 1 while rows remain under a key the gateway does not hold (the old key must not be removed yet).
 */
final class KeysCommand {

    private KeysCommand() {
    }

    static int run(String[] args, OpsApiClient api, PrintStream out) throws OpsApiClient.CliFailure {
        if (args.length != 1 || !args[0].equals("rotate")) {
            throw new OpsCli.UsageException("keys: the only sub-command is rotate");
        }
        JsonNode result = api.post("/ops/api/keys/rotate", Map.of());
        out.println("current key:        " + result.get("currentKey").asText());
        out.println("re-encrypted:       " + result.get("reencrypted").asLong());
        out.println("plain encrypted:    " + result.get("plainEncrypted").asLong());
        out.println("under current key:  " + result.get("underCurrentKey").asLong());
        result.get("unreadable").fields().forEachRemaining(entry ->
                out.println("unreadable, key " + entry.getKey() + ": " + entry.getValue().asLong()
                        + " (key missing or value changed: keep or put back that key)"));
        return result.get("complete").asBoolean() ? OpsCli.EXIT_OK : OpsCli.EXIT_FAILED;
    }
}
