package be.hotline.gateway.ops.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * The ops commands of the gateway CLI: {@code deliveries ...}, {@code status}, {@code certs block|unblock|blocked},
 * {@code partners reload}, {@code keys rotate}, {@code audit verify|export-checkpoints}, {@code retention run},
 * {@code ops hash-password}.
 * Exit codes: 0 done, 1 failed (the message says why), 2 bad arguments, 3 the audit chain is broken.
 */
public final class OpsCli {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    static final String USAGE = """
            usage: gateway deliveries list [--dead] [--partner ID]   deliveries, newest first
                   gateway deliveries retry ID [--reason TEXT]       a DEAD delivery is due again
                   gateway deliveries cancel ID --reason TEXT        cancel a PENDING or DEAD delivery
                   gateway status                                    routes, partners, outbox, certificates
                   gateway certs block SHA256 --reason TEXT          refuse one client certificate from now on
                   gateway certs unblock SHA256 --reason TEXT        accept it again
                   gateway certs blocked                             the blocked certificates
                   gateway partners reload                           read the partner registry file again
                   gateway keys rotate                               re-encrypt reporter data under the current key
                   gateway audit verify                              exit 0 when the audit chain is intact, 3 when broken
                   gateway audit export-checkpoints DIR              the signed checkpoints, for openssl cms -verify
                   gateway retention run [--dry-run]                 purge what retention says is due now (or list it)
                   gateway ops hash-password                         reads a password on stdin, prints its hash
            environment: GATEWAY_OPS_URL (default http://127.0.0.1:8081), GATEWAY_OPS_USER, GATEWAY_OPS_PASSWORD""";

    private OpsCli() {
    }

    public static int run(String command, String[] args, Map<String, String> env, InputStream in, PrintStream out,
                          PrintStream err) {
        try {
            return switch (command) {
                case "deliveries" -> DeliveriesCommand.run(args, OpsApiClient.fromEnvironment(env), out);
                case "status" -> StatusCommand.run(OpsApiClient.fromEnvironment(env), out);
                case "certs" -> CertificateBlocksCommand.run(args, OpsApiClient.fromEnvironment(env), out);
                case "partners" -> PartnersCommand.run(args, OpsApiClient.fromEnvironment(env), out);
                case "keys" -> KeysCommand.run(args, OpsApiClient.fromEnvironment(env), out);
                case "audit" -> AuditCommand.run(args, OpsApiClient.fromEnvironment(env), out);
                case "retention" -> RetentionCommand.run(args, OpsApiClient.fromEnvironment(env), out);
                case "ops" -> args.length == 1 && "hash-password".equals(args[0]) ? HashPasswordCommand.run(in, out, err)
                        : usage(err, "unknown ops command");
                default -> usage(err, "unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            return usage(err, e.getMessage());
        } catch (OpsApiClient.CliFailure e) {
            err.println(command + ": " + e.getMessage());
            return EXIT_FAILED;
        }
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE);
        return EXIT_USAGE;
    }

    /** Something the user typed wrong; the message says what. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
