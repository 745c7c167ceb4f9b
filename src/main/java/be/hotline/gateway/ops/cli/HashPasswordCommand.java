package be.hotline.gateway.ops.cli;

import be.hotline.gateway.ops.PasswordHash;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** {@code gateway ops hash-password}: reads one line (the password) on stdin, prints its PBKDF2 hash for gateway.ops.user-password. */
final class HashPasswordCommand {

    private static final int MIN_LENGTH = 12;

    private HashPasswordCommand() {
    }

    static int run(InputStream in, PrintStream out, PrintStream err) {
        String password;
        try {
            password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            err.println("ops hash-password: cannot read the password: " + e.getMessage());
            return OpsCli.EXIT_FAILED;
        }
        if (password == null || password.length() < MIN_LENGTH) {
            err.println("ops hash-password: give a password of at least " + MIN_LENGTH + " characters on stdin");
            return OpsCli.EXIT_FAILED;
        }
        out.println(PasswordHash.hash(password.toCharArray()));
        return OpsCli.EXIT_OK;
    }
}
