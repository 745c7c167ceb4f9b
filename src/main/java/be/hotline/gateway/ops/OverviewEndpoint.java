package be.hotline.gateway.ops;

import org.apache.camel.Exchange;

/** GET /ops/api/overview. */
public final class OverviewEndpoint {

    private final OverviewService overview;

    public OverviewEndpoint(OverviewService overview) {
        this.overview = overview;
    }

    public void get(Exchange exchange) {
        OpsHttp.json(exchange, 200, overview.overview());
    }
}
