package be.hotline.gateway;

import be.hotline.gateway.config.GatewayConfiguration;
import be.hotline.gateway.ops.cli.OpsCli;
import be.hotline.gateway.pki.CertsCommand;
import java.util.Arrays;
import org.apache.camel.main.Main;

/**
 * The gateway command: {@code run} starts the gateway, {@code certs init} makes the demo PKI; the ops
 * commands ({@code deliveries}, {@code status}, {@code ops}) talk to a running gateway's ops API.
 */
public final class GatewayMain {

    private static final String USAGE = """
            usage: gateway run                      start the gateway (settings: application.properties, environment)
                   gateway certs init --out DIR     write a demo PKI (demo keys only!)
                   gateway deliveries list [--dead] [--partner ID] | retry ID [--reason TEXT] | cancel ID --reason TEXT
                   gateway status                   the running gateway at a glance (through the ops API)
                   gateway certs block SHA256 --reason TEXT | unblock SHA256 --reason TEXT | blocked
                   gateway partners reload          read the partner registry file again (validated; invalid: old kept)
                   gateway keys rotate              re-encrypt reporter data under the current key (prints counts)
                   gateway audit verify | export-checkpoints DIR   check the audit chain (exit 3: broken) | its signed checkpoints
                   gateway retention run [--dry-run] purge what retention says is due now (--dry-run: list it only)
                   gateway ops hash-password        reads a password on stdin, prints its hash for gateway.ops.user-password
            """;

    private GatewayMain() {
    }

    public static void main(String[] args) throws Exception {
        requireKnownLogFormat();
        String command = args.length == 0 ? "run" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "run" -> newGateway().run(rest);
            case "certs" -> System.exit(isCertificateBlockCommand(rest)
                    ? OpsCli.run(command, rest, System.getenv(), System.in, System.out, System.err)
                    : CertsCommand.run(rest, System.out, System.err));
            case "deliveries", "status", "ops", "partners", "keys", "audit", "retention" ->
                    System.exit(OpsCli.run(command, rest, System.getenv(), System.in, System.out, System.err));
            case "help", "--help", "-h" -> System.out.print(USAGE);
            default -> {
                System.err.print(USAGE);
                System.exit(2);
            }
        }
    }

    /** {@code certs block|unblock|blocked} act on a running gateway (ops API); {@code certs init} makes files. */
    private static boolean isCertificateBlockCommand(String[] args) {
        return args.length > 0 && java.util.Set.of("block", "unblock", "blocked").contains(args[0]);
    }

    /**
     * log4j2.properties picks its appender by this name; an unknown one would leave the gateway without any log,
     * so it stops here, before anything is logged.
     */
    private static void requireKnownLogFormat() {
        String format = System.getProperty("gateway.log.format", System.getenv().getOrDefault("GATEWAY_LOG_FORMAT", "text"));
        if (!format.equals("text") && !format.equals("json")) {
            System.err.println("gateway.log.format (GATEWAY_LOG_FORMAT) must be text or json, not '" + format + "'");
            System.exit(2);
        }
    }

    /** The gateway as camel-main runs it; tests start the very same. */
    public static Main newGateway() {
        // No classpath scanning: the one configuration class is named, which keeps start-up fast.
        Main main = new Main();
        main.configure().addConfiguration(GatewayConfiguration.class);
        return main;
    }
}
