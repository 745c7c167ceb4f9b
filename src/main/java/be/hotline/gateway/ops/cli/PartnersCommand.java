package be.hotline.gateway.ops.cli;

import java.io.PrintStream;
import java.util.Map;

/** {@code gateway partners reload}: the running gateway reads its partner registry file again. */
final class PartnersCommand {

    private PartnersCommand() {
    }

    static int run(String[] args, OpsApiClient api, PrintStream out) throws OpsApiClient.CliFailure {
        if (args.length != 1 || !args[0].equals("reload")) {
            throw new OpsCli.UsageException("partners: the only sub-command is reload");
        }
        out.println(api.post("/ops/api/partners/reload", Map.of()).get("message").asText());
        return OpsCli.EXIT_OK;
    }
}
