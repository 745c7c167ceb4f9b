package be.hotline.gateway.pki;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * A one-level CA (the root signs leaves directly), enough for demo and test PKIs: the demo root for the
 * gateway and the partners' client certificates, and one per receiving partner for its server certificate.
 * All keys are EC P-256, all signatures SHA256withECDSA.
 */
public final class CertificateAuthority {

    /** ECDHE key exchange: a TLS leaf key only ever signs the handshake. */
    private static final int TLS_KEY_USAGE = KeyUsage.digitalSignature;

    private final X509Certificate certificate;
    private final PrivateKey privateKey;
    private final SecureRandom random;

    private CertificateAuthority(X509Certificate certificate, PrivateKey privateKey, SecureRandom random) {
        this.certificate = certificate;
        this.privateKey = privateKey;
        this.random = random;
    }

    /** A self-signed root allowed to sign certificates and CRLs, nothing else. */
    public static CertificateAuthority createRoot(String distinguishedName, Instant notBefore, Instant notAfter) {
        SecureRandom random = new SecureRandom();
        KeyPair keys = EcKeyPairs.generate(random);
        X500Principal subject = new X500Principal(distinguishedName);
        X509Certificate root = CertificateSigning.sign(subject, keys.getPrivate(), subject, keys.getPublic(),
                notBefore, notAfter, random, builder -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                    builder.addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                });
        return new CertificateAuthority(root, keys.getPrivate(), random);
    }

    /** A TLS server certificate; clients match the host they dialled against the DNS names and IPs. */
    public IssuedCertificate issueServer(String distinguishedName, List<String> dnsNames, List<String> ipAddresses,
                                         Instant notBefore, Instant notAfter) {
        return issueLeaf(distinguishedName, SubjectAlternativeNames.of(dnsNames, ipAddresses),
                new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth}, TLS_KEY_USAGE, notBefore, notAfter);
    }

    /** A TLS client certificate: how a partner identifies itself to the gateway under mutual TLS. */
    public IssuedCertificate issueClient(String distinguishedName, Instant notBefore, Instant notAfter) {
        return issueLeaf(distinguishedName, null,
                new KeyPurposeId[] {KeyPurposeId.id_kp_clientAuth}, TLS_KEY_USAGE, notBefore, notAfter);
    }

    /** For a party that accepts mutual-TLS connections and also makes them, under one identity. */
    public IssuedCertificate issueServerAndClient(String distinguishedName, List<String> dnsNames,
                                                  List<String> ipAddresses, Instant notBefore, Instant notAfter) {
        return issueLeaf(distinguishedName, SubjectAlternativeNames.of(dnsNames, ipAddresses),
                new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth}, TLS_KEY_USAGE,
                notBefore, notAfter);
    }

    /**
     * The gateway's signing certificate (receipts, outbound messages, audit checkpoints as CMS): keyUsage
     * digitalSignature and nonRepudiation, no extendedKeyUsage, so {@code openssl cms -verify} accepts it as is.
     */
    public IssuedCertificate issueSigning(String distinguishedName, Instant notBefore, Instant notAfter) {
        return issueLeaf(distinguishedName, null, null, KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
                notBefore, notAfter);
    }

    /** A CA from an existing certificate and key, e.g. to issue one more certificate into a committed demo PKI. */
    static CertificateAuthority of(X509Certificate certificate, PrivateKey privateKey) {
        return new CertificateAuthority(certificate, privateKey, new SecureRandom());
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The one builder behind every leaf; only the SANs and the key usages differ (no extended ones: null). */
    private IssuedCertificate issueLeaf(String distinguishedName, GeneralNames subjectAltNames,
                                        KeyPurposeId[] purposes, int keyUsage, Instant notBefore, Instant notAfter) {
        KeyPair keys = EcKeyPairs.generate(random);
        AuthorityKeyIdentifier issuerKeyId =
                CertificateSigning.extensionUtils().createAuthorityKeyIdentifier(certificate.getPublicKey());
        X509Certificate leaf = CertificateSigning.sign(certificate.getSubjectX500Principal(), privateKey,
                new X500Principal(distinguishedName), keys.getPublic(), notBefore, notAfter, random, builder -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
                    if (purposes != null) {
                        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
                    }
                    builder.addExtension(Extension.authorityKeyIdentifier, false, issuerKeyId);
                    if (subjectAltNames != null) {
                        builder.addExtension(Extension.subjectAlternativeName, false, subjectAltNames);
                    }
                });
        return new IssuedCertificate(leaf, keys.getPrivate(), List.of(leaf, certificate));
    }
}
