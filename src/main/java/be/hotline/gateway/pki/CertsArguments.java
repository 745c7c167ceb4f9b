package be.hotline.gateway.pki;

import java.nio.file.Path;

/** The parsed arguments of {@code certs init --out DIR [--password PW] [--force]}. */
record CertsArguments(Path outDir, char[] password, boolean force) {

    /** Thrown for anything the user typed wrong; the message says what. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static CertsArguments parse(String[] args) throws UsageException {
        if (args.length == 0) {
            throw new UsageException("missing sub-command");
        }
        if (!"init".equals(args[0])) {
            throw new UsageException("unknown sub-command '" + args[0] + "'");
        }
        Path outDir = null;
        char[] password = DemoPki.DEFAULT_PASSWORD.toCharArray();
        boolean force = false;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> outDir = Path.of(valueAfter(args, i++));
                case "--password" -> password = valueAfter(args, i++).toCharArray();
                case "--force" -> force = true;
                default -> throw new UsageException("unknown option '" + args[i] + "'");
            }
        }
        if (outDir == null) {
            throw new UsageException("--out DIR is required");
        }
        if (password.length == 0) {
            throw new UsageException("--password must not be empty");
        }
        return new CertsArguments(outDir, password, force);
    }

    private static String valueAfter(String[] args, int optionIndex) throws UsageException {
        if (optionIndex + 1 >= args.length || args[optionIndex + 1].startsWith("--")) {
            throw new UsageException(args[optionIndex] + " needs a value");
        }
        return args[optionIndex + 1];
    }
}
