package be.hotline.gateway.api;

import be.hotline.gateway.signing.CmsSigner;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The last step of a push's route: the 202/200 answer's exact body bytes are signed with the gateway's signing
 * key, in X-Receipt-Signature, so a partner can prove later what the gateway accepted. Problem answers never reach
 * this step (the error handler answers them) and are not signed: they prove nothing was stored.
 */
public final class ReceiptSignature {

    public static final String HEADER = "X-Receipt-Signature";
    private final CmsSigner signer;

    public ReceiptSignature(CmsSigner signer) {
        this.signer = signer;
    }

    public void sign(Exchange exchange) {
        Message answer = exchange.getMessage();
        int status = answer.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        if (status != 200 && status != 202) {
            throw new IllegalStateException("only an accepted push's answer is signed, not a " + status);
        }
        // Bytes, not text: what is signed is exactly what goes on the wire.
        byte[] body = answer.getBody(String.class).getBytes(StandardCharsets.UTF_8);
        answer.setBody(body);
        answer.setHeader(HEADER, signer.signBase64(body));
    }
}
