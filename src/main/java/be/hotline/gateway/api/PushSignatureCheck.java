package be.hotline.gateway.api;

import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.report.MessageSignature;
import be.hotline.gateway.signing.PushSignatureVerifier;
import be.hotline.gateway.signing.SignatureRefusedException;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A route step after authentication: a push that carries X-Message-Signature is verified over its exact body
 * before anything is read from it (401 invalid-signature otherwise), and the verified signature is left on the
 * exchange for the store; a push without one is refused (401 signature-required) only for a partner registered
 * with requireSignature: true. An unsigned push from any other partner costs nothing here.
 */
public final class PushSignatureCheck {

    public static final String HEADER = "X-Message-Signature";
    private static final String VERIFIED = "gateway.messageSignature";
    private static final Logger LOG = LoggerFactory.getLogger(PushSignatureCheck.class);

    private final RequestBody requestBody;
    private final PushSignatureVerifier verifier;

    public PushSignatureCheck(RequestBody requestBody, PushSignatureVerifier verifier) {
        this.requestBody = requestBody;
        this.verifier = verifier;
    }

    public void check(Exchange exchange) {
        Partner partner = PartnerAuthenticator.partnerOf(exchange);
        String signature = exchange.getIn().getHeader(HEADER, String.class);
        if (signature == null || signature.isBlank()) {
            if (partner.inbound().requireSignature()) {
                throw ApiProblem.signatureRequired("Partner '" + partner.id() + "' must sign every push: send the"
                        + " base64 of a detached CMS SignedData over the exact body in " + HEADER + ".");
            }
            return;
        }
        byte[] body = requestBody.read(exchange);
        // The endpoint reads the same bytes again from here: what was verified is what is parsed and stored.
        exchange.getIn().setBody(body);
        try {
            MessageSignature verified = verifier.verify(partner, body, signature);
            exchange.setProperty(VERIFIED, verified);
            LOG.info("message signature verified: signer={}", verified.signerFingerprint());
        } catch (SignatureRefusedException refused) {
            LOG.info("message signature refused: {}", refused.getMessage());
            throw ApiProblem.invalidSignature(HEADER + " is not valid: " + refused.getMessage() + ".");
        }
    }

    /** The push's verified signature, when it carried one. */
    public static Optional<MessageSignature> of(Exchange exchange) {
        return Optional.ofNullable(exchange.getProperty(VERIFIED, MessageSignature.class));
    }
}
