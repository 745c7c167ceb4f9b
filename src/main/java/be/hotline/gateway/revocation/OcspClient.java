package be.hotline.gateway.revocation;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Asks an OCSP responder about one certificate (RFC 6960, over http POST) and believes the answer only when it is
 * signed by the certificate's issuer, or by a responder certificate that issuer gave id-kp-OCSPSigning, and is
 * current. No nonce: answers are cached and refreshed in the background, and their thisUpdate/nextUpdate and our
 * max-age bound how old a replayed answer can be.
 */
final class OcspClient {

    private static final String OCSP_SIGNING = KeyPurposeId.id_kp_OCSPSigning.getId();
    private final SourceFetcher fetcher;
    private final Duration maxAge;

    OcspClient(SourceFetcher fetcher, Duration maxAge) {
        this.fetcher = fetcher;
        this.maxAge = maxAge;
    }

    OcspAnswer ask(String url, X509Certificate issuer, BigInteger serial, Instant now)
            throws IOException, OCSPException, GeneralSecurityException, OperatorCreationException {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(issuer), serial);
        byte[] request = new OCSPReqBuilder().addRequest(id).build().getEncoded();
        OCSPResp response = new OCSPResp(fetcher.post(url, "application/ocsp-request", request,
                RevocationSettings.MAX_OCSP_BYTES));
        if (response.getStatus() != OCSPResp.SUCCESSFUL) {
            throw new OCSPException("responder answered status " + response.getStatus() + " (not successful)");
        }
        if (!(response.getResponseObject() instanceof BasicOCSPResp basic)) {
            throw new OCSPException("not a basic OCSP response");
        }
        requireSignedFor(basic, issuer, now);
        SingleResp single = Arrays.stream(basic.getResponses()).filter(r -> id.equals(r.getCertID())).findFirst()
                .orElseThrow(() -> new OCSPException("the answer does not cover the certificate asked about"));
        return answerOf(single, now);
    }

    private OcspAnswer answerOf(SingleResp single, Instant now) throws OCSPException {
        Instant thisUpdate = single.getThisUpdate().toInstant();
        if (thisUpdate.isAfter(now.plus(RevocationSettings.CLOCK_SKEW))) {
            throw new OCSPException("answer issued in the future (thisUpdate " + thisUpdate + ")");
        }
        Instant expires = single.getNextUpdate() == null ? thisUpdate.plus(maxAge) : single.getNextUpdate().toInstant();
        if (!now.isBefore(expires)) {
            throw new OCSPException("answer out of date (valid until " + expires + ")");
        }
        Instant freshUntil = expires.isBefore(now.plus(maxAge)) ? expires : now.plus(maxAge);
        CertificateStatus status = single.getCertStatus();
        if (status == CertificateStatus.GOOD) {
            return new OcspAnswer(RevocationVerdict.Status.GOOD, null, null, freshUntil);
        }
        if (status instanceof RevokedStatus revoked) {
            String reason = revoked.hasRevocationReason()
                    ? CRLReason.lookup(revoked.getRevocationReason()).toString() : null;
            return new OcspAnswer(RevocationVerdict.Status.REVOKED, revoked.getRevocationTime().toInstant(), reason,
                    freshUntil);
        }
        return new OcspAnswer(RevocationVerdict.Status.UNKNOWN, null, null, freshUntil);
    }

    /** The issuer itself signed it, or a delegated responder certificate the issuer signed for OCSP. */
    private static void requireSignedFor(BasicOCSPResp basic, X509Certificate issuer, Instant now)
            throws OCSPException, CertificateParsingException {
        if (signedBy(basic, issuer.getPublicKey())) {
            return;
        }
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : basic.getCerts()) {
            X509Certificate responder;
            try {
                responder = converter.getCertificate(holder);
            } catch (java.security.cert.CertificateException e) {
                continue;
            }
            if (delegatedBy(responder, issuer, now) && signedBy(basic, responder.getPublicKey())) {
                return;
            }
        }
        throw new OCSPException("answer not signed by " + issuer.getSubjectX500Principal().getName()
                + " or by a responder it authorised for OCSP");
    }

    private static boolean delegatedBy(X509Certificate responder, X509Certificate issuer, Instant now)
            throws CertificateParsingException {
        List<String> purposes = responder.getExtendedKeyUsage();
        if (purposes == null || !purposes.contains(OCSP_SIGNING)
                || !responder.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            responder.checkValidity(Date.from(now));
            responder.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean signedBy(BasicOCSPResp basic, PublicKey key) {
        try {
            return basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
        } catch (OCSPException | OperatorCreationException e) {
            return false; // e.g. an RSA key against an ECDSA signature
        }
    }
}
