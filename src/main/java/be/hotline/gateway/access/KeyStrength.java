package be.hotline.gateway.access;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PSSParameterSpec;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a certificate's key and signature are strong enough to identify a partner (or us). The JDK alone
 * still accepts RSA 1024 and SHA-1 signed certificates from a CA we configured; we do not. A key must be RSA of at
 * least 2048 bits, EC on a curve of at least 256 bits, or Ed25519/Ed448; a signature must use SHA-256 or
 * stronger (RSA PKCS#1 v1.5, RSASSA-PSS, ECDSA) or EdDSA. A self-signed certificate's own signature is not
 * checked: it is trusted because it is configured (a root CA or a pinned certificate), not because it signs itself.
 */
public final class KeyStrength {

    public static final int MIN_RSA_BITS = 2048;
    public static final int MIN_EC_BITS = 256;
    private static final Set<String> STRONG_SIGNATURES = Set.of("SHA256WITHRSA", "SHA384WITHRSA", "SHA512WITHRSA",
            "SHA256WITHECDSA", "SHA384WITHECDSA", "SHA512WITHECDSA", "ED25519", "ED448", "EDDSA");
    private static final Set<String> STRONG_PSS_DIGESTS = Set.of("SHA-256", "SHA-384", "SHA-512", "SHA256", "SHA384",
            "SHA512", "SHA3-256", "SHA3-384", "SHA3-512");

    private KeyStrength() {
    }

    /** Why a presented chain (leaf first) is too weak, naming the certificate, or empty when every link is strong. */
    public static Optional<String> chainRefusal(X509Certificate[] chain) {
        for (int i = 0; chain != null && i < chain.length; i++) {
            Optional<String> refusal = refusal(chain[i]);
            if (refusal.isPresent()) {
                return Optional.of((i == 0 ? "too weak: " : "too weak in its chain ("
                        + chain[i].getSubjectX500Principal().getName() + "): ") + refusal.get());
            }
        }
        return Optional.empty();
    }

    /** Why this one certificate is too weak (its key, or its issuer's signature on it), or empty. */
    public static Optional<String> refusal(X509Certificate certificate) {
        return keyRefusal(certificate.getPublicKey()).or(() -> signatureRefusal(certificate));
    }

    private static Optional<String> keyRefusal(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            int bits = rsa.getModulus().bitLength();
            return bits >= MIN_RSA_BITS ? Optional.empty()
                    : Optional.of("RSA key of " + bits + " bits (at least " + MIN_RSA_BITS + " required)");
        }
        if (key instanceof ECPublicKey ec) {
            int bits = ec.getParams().getCurve().getField().getFieldSize();
            return bits >= MIN_EC_BITS ? Optional.empty()
                    : Optional.of("EC key of " + bits + " bits (a curve of at least " + MIN_EC_BITS + " bits required)");
        }
        if (key instanceof EdECPublicKey) {
            return Optional.empty();
        }
        return Optional.of(key.getAlgorithm() + " key (only RSA, EC and EdDSA keys are accepted)");
    }

    private static Optional<String> signatureRefusal(X509Certificate certificate) {
        if (selfSigned(certificate)) {
            return Optional.empty();
        }
        String algorithm = certificate.getSigAlgName().toUpperCase(Locale.ROOT);
        if (STRONG_SIGNATURES.contains(algorithm)
                || algorithm.equals("RSASSA-PSS") && STRONG_PSS_DIGESTS.contains(pssDigest(certificate))) {
            return Optional.empty();
        }
        return Optional.of(certificate.getSigAlgName() + " signature (SHA-256 or stronger, or EdDSA, required)");
    }

    private static String pssDigest(X509Certificate certificate) {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("RSASSA-PSS");
            parameters.init(certificate.getSigAlgParams());
            return parameters.getParameterSpec(PSSParameterSpec.class).getDigestAlgorithm().toUpperCase(Locale.ROOT);
        } catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    private static boolean selfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
