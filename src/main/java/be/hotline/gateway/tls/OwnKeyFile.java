package be.hotline.gateway.tls;

import be.hotline.gateway.access.KeyStrength;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * The content of one of our PKCS#12 key files, taken only when it is fit to present: exactly one key entry, opened
 * with the configured password; its certificate issued for the key's use ({@link OwnKeyUse}: serverAuth or
 * clientAuth); its private key the one of that certificate (a probe signed with the key verifies with the
 * certificate); every certificate of the chain strong enough ({@link KeyStrength#chainRefusal}) and valid now.
 * Anything else is an {@link Unfit} saying why.
 */
final class OwnKeyFile {

    /** Why a file was not taken; {@link #timeDependent} when only the clock is against it (not yet valid). */
    static final class Unfit extends Exception {
        private final boolean timeDependent;

        Unfit(String reason, boolean timeDependent, Throwable cause) {
            super(reason, cause);
            this.timeDependent = timeDependent;
        }

        boolean timeDependent() {
            return timeDependent;
        }
    }

    /** A file that passed every check. */
    record Fit(X509ExtendedKeyManager keys, List<X509Certificate> chain) {
    }

    private OwnKeyFile() {
    }

    static Fit check(byte[] content, char[] password, OwnKeyUse use, Instant now) throws Unfit {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(content), password);
            String alias = onlyKeyEntry(store);
            List<X509Certificate> chain = chain(store, alias);
            X509Certificate leaf = chain.get(0);
            Optional<String> refusal = use.refusal(leaf).map(why -> "its certificate is not for this use: " + why)
                    .or(() -> KeyStrength.chainRefusal(chain.toArray(X509Certificate[]::new)));
            if (refusal.isPresent()) {
                throw new Unfit(refusal.get(), false, null);
            }
            requireValid(chain, now);
            requireMatching((PrivateKey) store.getKey(alias, password), leaf.getPublicKey());
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, password);
            return new Fit((X509ExtendedKeyManager) factory.getKeyManagers()[0], chain);
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new Unfit("it cannot be opened (wrong password, or not PKCS#12?): " + e, false, e);
        }
    }

    private static String onlyKeyEntry(KeyStore store) throws GeneralSecurityException, Unfit {
        List<String> keyEntries = Collections.list(store.aliases()).stream().filter(alias -> isKey(store, alias)).toList();
        if (keyEntries.size() != 1) {
            throw new Unfit("it must hold exactly one key entry, not " + keyEntries.size(), false, null);
        }
        return keyEntries.get(0);
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static List<X509Certificate> chain(KeyStore store, String alias) throws GeneralSecurityException, Unfit {
        Certificate[] chain = store.getCertificateChain(alias);
        if (chain == null || chain.length == 0 || !Arrays.stream(chain).allMatch(X509Certificate.class::isInstance)) {
            throw new Unfit("its key entry has no X.509 certificate chain", false, null);
        }
        return Arrays.stream(chain).map(X509Certificate.class::cast).toList();
    }

    private static void requireValid(List<X509Certificate> chain, Instant now) throws Unfit {
        for (X509Certificate certificate : chain) {
            String name = certificate == chain.get(0) ? "its certificate"
                    : "a certificate of its chain (" + certificate.getSubjectX500Principal().getName() + ")";
            try {
                certificate.checkValidity(Date.from(now));
            } catch (CertificateNotYetValidException e) {
                throw new Unfit(name + " is not valid before " + certificate.getNotBefore().toInstant(), true, e);
            } catch (CertificateExpiredException e) {
                throw new Unfit(name + " expired at " + certificate.getNotAfter().toInstant(), false, e);
            }
        }
    }

    /** A key that is not the certificate's would fail every handshake: refuse it before it is in force. */
    private static void requireMatching(PrivateKey key, PublicKey certified) throws GeneralSecurityException, Unfit {
        byte[] probe = new byte[32];
        new SecureRandom().nextBytes(probe);
        Signature signer = probeSignature(key.getAlgorithm());
        signer.initSign(key);
        signer.update(probe);
        byte[] signed = signer.sign();
        Signature verifier = probeSignature(certified.getAlgorithm());
        boolean matches;
        try {
            verifier.initVerify(certified);
            verifier.update(probe);
            matches = verifier.verify(signed);
        } catch (GeneralSecurityException e) {
            matches = false;
        }
        if (!matches) {
            throw new Unfit("its private key is not the key of its certificate", false, null);
        }
    }

    private static Signature probeSignature(String keyAlgorithm) throws GeneralSecurityException {
        return switch (keyAlgorithm) {
            case "RSA" -> Signature.getInstance("SHA256withRSA");
            case "EC" -> Signature.getInstance("SHA256withECDSA");
            case "RSASSA-PSS" -> {
                Signature pss = Signature.getInstance("RSASSA-PSS");
                pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
                yield pss;
            }
            default -> Signature.getInstance(keyAlgorithm); // Ed25519, Ed448, EdDSA
        };
    }
}
