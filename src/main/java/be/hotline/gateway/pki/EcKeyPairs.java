package be.hotline.gateway.pki;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;

/**
 * EC P-256 key pairs from the JDK's own provider: P-256 is accepted by every TLS 1.2/1.3 stack
 * we talk to (JDK, OpenSSL/curl, Go) and keeps keys and handshakes small.
 */
final class EcKeyPairs {

    static final String CURVE = "secp256r1";

    private EcKeyPairs() {
    }

    static KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(CURVE), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot generate " + CURVE + " keys", e);
        }
    }
}
