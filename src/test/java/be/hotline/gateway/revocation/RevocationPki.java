package be.hotline.gateway.revocation;

import be.hotline.gateway.pki.CertificateAuthority;
import be.hotline.gateway.pki.IssuedCertificate;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test CA (the gateway's own {@link CertificateAuthority}) whose leaves name a CRL distribution point and an
 * OCSP responder, with the extended key usages a test asks for; and the CRLs it (or a forger) signs.
 */
final class RevocationPki {

    private static final SecureRandom RANDOM = new SecureRandom();
    final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    final CertificateAuthority ca;

    RevocationPki(String name) {
        ca = CertificateAuthority.createRoot("CN=" + name + ",O=Revocation Test", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)));
    }

    /** What a leaf says and may do. Null URLs leave the extension out. */
    record Leaf(String name, String crlUrl, String ocspUrl, boolean ca, KeyPurposeId... purposes) {

        static Leaf server(String name, String crlUrl, String ocspUrl) {
            return new Leaf(name, crlUrl, ocspUrl, false, KeyPurposeId.id_kp_serverAuth);
        }

        static Leaf client(String name, String crlUrl, String ocspUrl) {
            return new Leaf(name, crlUrl, ocspUrl, false, KeyPurposeId.id_kp_clientAuth);
        }
    }

    IssuedCertificate issue(Leaf leaf) {
        KeyPair keys = ecKeys();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca.certificate(), new BigInteger(64, RANDOM).abs(),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(2))),
                new X500Principal("CN=" + leaf.name() + ",O=Revocation Test"), keys.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(leaf.ca()));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(leaf.ca()
                    ? KeyUsage.digitalSignature | KeyUsage.keyCertSign : KeyUsage.digitalSignature));
            if (leaf.purposes().length > 0) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(leaf.purposes()));
            }
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
            if (leaf.crlUrl() != null) {
                GeneralNames where = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, leaf.crlUrl()));
                builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                    new DistributionPoint(new DistributionPointName(where), null, null)}));
            }
            if (leaf.ocspUrl() != null) {
                builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                        new AccessDescription(AccessDescription.id_ad_ocsp,
                                new GeneralName(GeneralName.uniformResourceIdentifier, new DERIA5String(leaf.ocspUrl())))));
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(ca.privateKey())));
            return new IssuedCertificate(certificate, keys.getPrivate(), List.of(certificate, ca.certificate()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot issue a test certificate", e);
        }
    }

    /** A responder certificate issued by this CA, with id-kp-OCSPSigning or (to be refused) without it. */
    IssuedCertificate ocspResponder(boolean ocspSigning) {
        return issue(new Leaf("ocsp responder", null, null, false, ocspSigning
                ? new KeyPurposeId[] {KeyPurposeId.id_kp_OCSPSigning} : new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth}));
    }

    /** This CA's CRL listing the serials (revoked an hour ago, key compromise), good until {@code nextUpdate}. */
    byte[] crl(List<BigInteger> revoked, Instant nextUpdate) {
        return crl(revoked, nextUpdate, ca.privateKey());
    }

    /** A CRL in this CA's name, signed with {@code signer}: with another key, a forgery. */
    byte[] crl(List<BigInteger> revoked, Instant nextUpdate, PrivateKey signer) {
        X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(ca.certificate().getSubjectX500Principal(),
                Date.from(Instant.now().minusSeconds(1)));
        builder.setNextUpdate(Date.from(nextUpdate));
        for (BigInteger serial : revoked) {
            builder.addCRLEntry(serial, Date.from(revokedAt()), CRLReason.keyCompromise);
        }
        try {
            return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a test CRL", e);
        }
    }

    /** When the CRLs and the OCSP responder say a certificate was revoked. */
    Instant revokedAt() {
        return now.minus(Duration.ofHours(1));
    }

    static PrivateKey someOtherKey() {
        return ecKeys().getPrivate();
    }

    private static KeyPair ecKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<BigInteger> serials(IssuedCertificate... certificates) {
        List<BigInteger> serials = new ArrayList<>();
        for (IssuedCertificate certificate : certificates) {
            serials.add(certificate.certificate().getSerialNumber());
        }
        return serials;
    }
}
