package be.hotline.gateway.pki;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The part every certificate shares: names, validity, random serial, subject key identifier and
 * the SHA256withECDSA signature. Bouncy Castle builds and encodes; the JDK providers sign and
 * parse, so no global security provider has to be registered.
 */
final class CertificateSigning {

    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private CertificateSigning() {
    }

    /** Adds the extensions that differ between a CA and a leaf. */
    @FunctionalInterface
    interface ExtensionAdder {
        void addTo(X509v3CertificateBuilder builder) throws CertIOException;
    }

    /** X.509 stores whole seconds, so pass instants without fractions if you compare them afterwards. */
    static X509Certificate sign(X500Principal issuer, PrivateKey issuerKey, X500Principal subject,
                                PublicKey subjectKey, Instant notBefore, Instant notAfter,
                                SecureRandom random, ExtensionAdder extensions) {
        if (!notBefore.isBefore(notAfter)) {
            throw new IllegalArgumentException("notBefore " + notBefore + " is not before notAfter " + notAfter);
        }
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, SerialNumbers.next(random),
                Date.from(notBefore), Date.from(notAfter), subject, subjectKey);
        try {
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensionUtils().createSubjectKeyIdentifier(subjectKey));
            extensions.addTo(builder);
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKey)));
        } catch (CertIOException e) {
            throw new IllegalStateException("cannot encode a certificate extension", e);
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the certificate", e);
        }
    }

    static JcaX509ExtensionUtils extensionUtils() {
        try {
            return new JcaX509ExtensionUtils();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 (used for key identifiers) is not available", e);
        }
    }
}
