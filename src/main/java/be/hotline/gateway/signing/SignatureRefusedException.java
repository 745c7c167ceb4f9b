package be.hotline.gateway.signing;

/** A push whose X-Message-Signature does not prove it came, unchanged, from the calling partner; says why. */
public final class SignatureRefusedException extends RuntimeException {

    public SignatureRefusedException(String reason) {
        super(reason);
    }
}
