package be.hotline.gateway.signing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks a detached CMS SignedData over exact bytes as {@code openssl cms -verify -CAfile} would: every signature
 * valid with the certificate carried inside, and that certificate issued by one of the trusted CAs.
 */
public final class CmsVerifier {

    private final List<X509Certificate> anchors;

    public CmsVerifier(List<X509Certificate> anchors) {
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("no trusted CA certificates");
        }
        this.anchors = List.copyOf(anchors);
    }

    /** Trusting the CA certificates of a PEM file. */
    public static CmsVerifier trusting(Path pemFile) {
        try (InputStream in = Files.newInputStream(pemFile)) {
            return new CmsVerifier(CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList());
        } catch (IOException | CertificateException e) {
            throw new IllegalStateException("cannot read the CA certificates in " + pemFile + ": " + e.getMessage(), e);
        }
    }

    public boolean verifies(byte[] content, byte[] signatureDer) {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), signatureDer);
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            for (SignerInformation signer : signers) {
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> carried = signed.getCertificates().getMatches(signer.getSID());
                if (carried.isEmpty()) {
                    return false;
                }
                X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(carried.iterator().next());
                if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)) || !trusted(certificate)) {
                    return false;
                }
            }
            return !signers.isEmpty();
        } catch (CMSException | OperatorCreationException | CertificateException | IllegalArgumentException e) {
            return false;
        }
    }

    private boolean trusted(X509Certificate certificate) {
        return anchors.stream().anyMatch(anchor -> certificate.equals(anchor) || issuedBy(certificate, anchor));
    }

    private static boolean issuedBy(X509Certificate certificate, X509Certificate anchor) {
        if (!certificate.getIssuerX500Principal().equals(anchor.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(anchor.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
