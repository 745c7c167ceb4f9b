package be.hotline.gateway.api;

import be.hotline.gateway.partner.Partner;
import org.apache.camel.Exchange;
import org.apache.camel.http.common.HttpMessage;

/**
 * Who is calling comes only from the client certificate that TLS verified, never from the body or a header:
 * {@link PartnerGate} identified and admitted the partner before the route began. Puts it on the exchange for
 * the rest of the route.
 */
public final class PartnerAuthenticator {

    public static final String PARTNER = "gateway.partner";
    public static final String PARTNER_ID = "gateway.partnerId";

    public void authenticate(Exchange exchange) {
        Partner partner = admittedPartner(exchange);
        if (partner == null) {
            // The gate admits every request it hands on; this is only reached if it was not in the chain.
            throw ApiProblem.forbidden("The client certificate does not identify a registered partner.");
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

    private static Partner admittedPartner(Exchange exchange) {
        HttpMessage message = exchange.getIn(HttpMessage.class);
        return message == null ? null : (Partner) message.getRequest().getAttribute(PartnerGate.PARTNER_ATTRIBUTE);
    }
}
