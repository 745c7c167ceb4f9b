package be.hotline.gateway.access;

import be.hotline.gateway.pki.CertificateAuthority;
import be.hotline.gateway.pki.IssuedCertificate;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates a careless CA could still issue and the JDK would still accept: small RSA keys, SHA-1 signatures,
 * small curves. Made here with Bouncy Castle (the pki package makes only strong ones).
 */
public final class WeakCertificates {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private WeakCertificates() {
    }

    public static KeyPair rsa(int bits) {
        return generate("RSA", bits);
    }

    public static KeyPair ec(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client certificate for {@code keys} from {@code ca}, signed with {@code signature} (e.g. SHA1withECDSA). */
    public static IssuedCertificate client(CertificateAuthority ca, String subject, KeyPair keys, String signature,
                                           Instant notBefore, Instant notAfter) {
        X509Certificate certificate = sign(ca.certificate().getSubjectX500Principal(), ca.privateKey(), subject,
                keys, signature, notBefore, notAfter, false, KeyPurposeId.id_kp_clientAuth);
        return new IssuedCertificate(certificate, keys.getPrivate(), List.of(certificate, ca.certificate()));
    }

    /** A self-signed root CA certificate for {@code keys}. */
    public static X509Certificate root(String subject, KeyPair keys, String signature, Instant notBefore, Instant notAfter) {
        return sign(new X500Principal(subject), keys.getPrivate(), subject, keys, signature, notBefore, notAfter, true, null);
    }

    private static X509Certificate sign(X500Principal issuer, PrivateKey issuerKey, String subject, KeyPair keys,
                                        String signature, Instant notBefore, Instant notAfter, boolean ca,
                                        KeyPurposeId purpose) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter),
                    new X500Principal(subject), keys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            if (purpose != null) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(signature).build(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot make a test certificate", e);
        }
    }

    private static KeyPair generate(String algorithm, int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
