package be.hotline.gateway.config;

import be.hotline.gateway.delivery.OutboundFormat;
import java.util.List;

/** The outbound formats the gateway can write (see be.hotline.gateway.format). */
final class OutboundFormatsWiring {

    private OutboundFormatsWiring() {
    }

    static List<OutboundFormat> all(GatewaySettings settings) {
        return List.of();
    }
}
