package be.hotline.gateway.signing;

import be.hotline.gateway.partner.Fingerprints;
import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import be.hotline.gateway.report.MessageSignature;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks a partner's X-Message-Signature (docs/api/signatures.md): base64 of a detached CMS SignedData over the
 * exact request body, one signer, whose certificate travels in the CMS and is the calling partner's own by the
 * rules of its TLS client certificate (a registered identity, chained to its trustedCas, valid now), with
 * digitalSignature or nonRepudiation in its key usage when it names one; SHA-256 or stronger.
 */
public final class PushSignatureVerifier {

    /** Base64 characters; the header limit (gateway.partner-api.max-header-bytes) is lower still by default. */
    public static final int MAX_BASE64_CHARS = 16 * 1024;
    private static final Set<String> STRONG_DIGESTS = Set.of(NISTObjectIdentifiers.id_sha256.getId(),
            NISTObjectIdentifiers.id_sha384.getId(), NISTObjectIdentifiers.id_sha512.getId());
    /** Not registered globally; its ECDSA verification is about twice as fast as the JDK's on Java 17. */
    private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private final PartnerDirectory partners;
    private final Clock clock;
    private final JcaX509CertificateConverter certificates = new JcaX509CertificateConverter();

    public PushSignatureVerifier(PartnerDirectory partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
    }

    /** The verified signature, or {@link SignatureRefusedException} naming what is wrong with it. */
    public MessageSignature verify(Partner partner, byte[] body, String base64) {
        byte[] der = decode(base64);
        requireDetached(der);
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(body), der);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new SignatureRefusedException("the signature must have exactly one signer, not " + signers.size());
            }
            SignerInformation signer = signers.iterator().next();
            if (!STRONG_DIGESTS.contains(signer.getDigestAlgOID())) {
                throw new SignatureRefusedException("the digest must be SHA-256, SHA-384 or SHA-512");
            }
            X509Certificate[] chain = chainOf(signed, signer);
            requireSigningKeyUsage(chain[0]);
            if (!partners.belongsTo(partner, chain)) {
                throw new SignatureRefusedException("the signer's certificate is not one of partner '" + partner.id()
                        + "' (a registered identity, issued by its trusted CAs, valid now)");
            }
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BOUNCY_CASTLE).build(chain[0]))) {
                throw new SignatureRefusedException("the signature does not match the body");
            }
            return new MessageSignature(der, Optional.of(body), Fingerprints.sha256(chain[0]), chain[0].getSubjectX500Principal().getName(),
                    clock.instant());
        } catch (CMSException | OperatorCreationException | CertificateException | IllegalArgumentException e) {
            throw new SignatureRefusedException("the signature does not verify over the body: " + e.getMessage());
        }
    }

    private static byte[] decode(String base64) {
        String trimmed = base64.trim();
        if (trimmed.length() > MAX_BASE64_CHARS) {
            throw new SignatureRefusedException("the signature is larger than " + MAX_BASE64_CHARS + " base64 characters");
        }
        try {
            return Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException e) {
            throw new SignatureRefusedException("the signature is not base64 (of the CMS SignedData's DER)");
        }
    }

    private static void requireDetached(byte[] der) {
        CMSSignedData parsed;
        try {
            parsed = new CMSSignedData(der);
        } catch (CMSException | RuntimeException e) {
            throw new SignatureRefusedException("the signature is not the DER of a CMS SignedData");
        }
        if (parsed.getSignedContent() != null) {
            throw new SignatureRefusedException("the signature must be detached: the body travels only as the body");
        }
    }

    /** The signer's certificate first, then the other certificates the CMS carries (intermediate CAs). */
    @SuppressWarnings("unchecked")
    private X509Certificate[] chainOf(CMSSignedData signed, SignerInformation signer) throws CertificateException {
        Collection<X509CertificateHolder> matching = signed.getCertificates().getMatches(signer.getSID());
        if (matching.isEmpty()) {
            throw new SignatureRefusedException("the signer's certificate must travel in the signature");
        }
        X509CertificateHolder leaf = matching.iterator().next();
        List<X509Certificate> chain = new ArrayList<>(List.of(certificates.getCertificate(leaf)));
        for (X509CertificateHolder other : (Collection<X509CertificateHolder>) signed.getCertificates().getMatches(null)) {
            if (!other.equals(leaf)) {
                chain.add(certificates.getCertificate(other));
            }
        }
        return chain.toArray(X509Certificate[]::new);
    }

    /** A certificate that names its key usage must allow signing; the demo partners' client certificates do. */
    private static void requireSigningKeyUsage(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !(usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION])) {
            throw new SignatureRefusedException("the signer's certificate does not allow digitalSignature or nonRepudiation");
        }
    }
}
