package be.hotline.gateway.reporterdata;

/**
 * Reporter data that cannot be decrypted: its key id is not in the keyring, or the value does not authenticate
 * (changed, or moved from another row). The message names the key id and the reference, never a value.
 */
public final class UnreadableReporterDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String keyId;

    UnreadableReporterDataException(String message, String keyId, Throwable cause) {
        super(message, cause);
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }
}
