package be.hotline.gateway.store.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed statement of the chain's head: the exact JSON bytes {"position":…,"headHash":"…","at":"…"} and a
 * detached CMS SignedData over them (base64 of DER), which a third party checks offline with openssl cms -verify.
 */
public record Checkpoint(long position, String headHash, Instant createdAt, String content, String signatureBase64) {

    /** The JSON a checkpoint signs: fixed member order, no spaces, so anyone can rebuild it from the three values. */
    public static String json(long position, String headHash, Instant at) {
        return "{\"position\":" + position + ",\"headHash\":\"" + headHash + "\",\"at\":\"" + at + "\"}";
    }

    public byte[] contentBytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] signatureDer() {
        return java.util.Base64.getDecoder().decode(signatureBase64);
    }

    /** Whether the stored JSON still says what the columns say. */
    boolean consistent() {
        return content.equals(json(position, headHash, createdAt));
    }
}
