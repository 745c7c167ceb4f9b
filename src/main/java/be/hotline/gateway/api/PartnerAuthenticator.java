package be.hotline.gateway.api;

import be.hotline.gateway.partner.Partner;
import be.hotline.gateway.partner.PartnerDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.security.cert.X509Certificate;
import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpMessage;

/**
 * Who is calling comes only from the client certificate that TLS verified, never from the body or a header.
 * Puts the partner on the exchange for the rest of the route.
 */
public final class PartnerAuthenticator {

    public static final String PARTNER = "gateway.partner";
    public static final String PARTNER_ID = "gateway.partnerId";
    private static final String CERTIFICATES_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    private final PartnerDirectory directory;

    public PartnerAuthenticator(PartnerDirectory directory) {
        this.directory = directory;
    }

    public void authenticate(Exchange exchange) {
        X509Certificate[] chain = clientCertificates(exchange);
        Partner partner = directory.identify(chain)
                .orElseThrow(() -> ApiProblem.forbidden("The client certificate does not identify a registered partner."));
        if (!partner.enabled()) {
            throw ApiProblem.forbidden("Partner '" + partner.id() + "' is disabled; contact the hotline's operations team.");
        }
        exchange.setProperty(PARTNER, partner);
        exchange.setProperty(PARTNER_ID, partner.id());
    }

    /** A route step after {@link #authenticate}: only the hotline's own case management (INTERNAL) may go on. */
    public void requireInternal(Exchange exchange) {
        Partner partner = partnerOf(exchange);
        if (!partner.isInternal()) {
            throw ApiProblem.internalOnly("Partner '" + partner.id() + "' may not use this resource;"
                    + " it is for the hotline's own case management only.");
        }
    }

    public static Partner partnerOf(Exchange exchange) {
        Partner partner = exchange.getProperty(PARTNER, Partner.class);
        if (partner == null) {
            throw new IllegalStateException("route did not authenticate the partner first");
        }
        return partner;
    }

    private static X509Certificate[] clientCertificates(Exchange exchange) {
        HttpMessage message = exchange.getIn(HttpMessage.class);
        if (message == null) {
            return null;
        }
        HttpServletRequest request = message.getRequest();
        return (X509Certificate[]) request.getAttribute(CERTIFICATES_ATTRIBUTE);
    }
}
