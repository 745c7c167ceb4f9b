package be.hotline.gateway.ops;

import java.time.Instant;

/** One certificate the gateway relies on and how long it has left: WARNING within 30 days, CRITICAL within 7. */
public record CertificateStatus(String owner, String subject, Instant notAfter, long daysLeft, String level) {

    public static final int WARNING_DAYS = 30;
    public static final int CRITICAL_DAYS = 7;

    static String levelFor(long daysLeft) {
        return daysLeft <= CRITICAL_DAYS ? "CRITICAL" : daysLeft <= WARNING_DAYS ? "WARNING" : "OK";
    }
}
