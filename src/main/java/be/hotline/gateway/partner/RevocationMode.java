package be.hotline.gateway.partner;

import java.util.Locale;

/**
 * How hard a partner's certificates are checked for revocation (registry field {@code revocation}).
 * STRICT: a certificate whose status cannot be established is refused. SOFT (default): only a known revocation
 * refuses; an unreachable CRL or OCSP responder is a health warning. OFF: no check (e.g. a pinned self-signed
 * certificate, which no CA can revoke).
 */
public enum RevocationMode {
    STRICT, SOFT, OFF;

    public static RevocationMode parse(String text) {
        return text == null ? SOFT : valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
