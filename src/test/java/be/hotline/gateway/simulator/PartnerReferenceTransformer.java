package be.hotline.gateway.simulator;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gives each accepted delivery the partner's own reference, {@code {"reference":"<NAME>-<n>"}}, n counting
 * from 1. Static stubs cannot count, hence this transformer; it only touches stubs that name it, and its
 * counter belongs to the simulator so it keeps counting across a restart.
 */
final class PartnerReferenceTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "partner-reference";
    private final String prefix;
    private final AtomicInteger counter;

    PartnerReferenceTransformer(String prefix, AtomicInteger counter) {
        this.prefix = prefix;
        this.counter = counter;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String reference = prefix + "-" + counter.incrementAndGet();
        return ResponseDefinitionBuilder.like(serveEvent.getResponseDefinition())
                .withBody("{\"reference\":\"" + reference + "\"}")
                .build();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
