package be.hotline.gateway.config;

import be.hotline.gateway.ops.AuditChainEndpoint;
import be.hotline.gateway.ops.AuditChainWatch;
import be.hotline.gateway.signing.CmsSigner;
import be.hotline.gateway.signing.CmsVerifier;
import be.hotline.gateway.store.audit.ChainSealer;
import be.hotline.gateway.store.audit.ChainState;
import be.hotline.gateway.store.audit.ChainVerifier;
import be.hotline.gateway.store.audit.Checkpoints;
import be.hotline.gateway.store.Transactions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

/**
 * Wires the audit chain: the sealer (routes/audit-seal), the watch that verifies it (routes/audit-verify), the ops
 * API and its gauges. Checkpoints are signed with the shared cmsSigner (the gateway's signing key).
 */
final class AuditWiring {

    static final String WATCH = "auditChainWatch";

    private AuditWiring() {
    }

    static void wire(CamelContext camelContext, GatewaySettings.Reader read, Transactions transactions, Clock clock) {
        Registry registry = camelContext.getRegistry();
        CmsSigner signer = registry.lookupByNameAndType("cmsSigner", CmsSigner.class);
        registry.bind("auditSealer", new ChainSealer(transactions, read.integer("gateway.audit.seal-batch"),
                read.duration("gateway.audit.checkpoint-interval"), signer::sign, clock));
        CmsVerifier signatures = CmsVerifier.trusting(Path.of(read.text("gateway.audit.checkpoint-ca")));
        AuditChainWatch watch = new AuditChainWatch(new ChainVerifier(transactions,
                checkpoint -> signatures.verifies(checkpoint.contentBytes(), checkpoint.signatureDer()), clock));
        registry.bind(WATCH, watch);
        registry.bind("opsAuditChain", new AuditChainEndpoint(watch, new Checkpoints(transactions)));
    }

    /** hotline_audit_chain_intact (1, 0; NaN before the first verification) and hotline_audit_unsealed_entries. */
    static void gauges(MeterRegistry meters, AuditChainWatch watch) {
        Gauge.builder("hotline.audit.chain.intact", watch, w -> w.last().map(state -> state.intact() ? 1.0 : 0.0)
                .orElse(Double.NaN)).description("1 when the last verification found the audit chain intact").register(meters);
        Gauge.builder("hotline.audit.unsealed.entries", watch, AuditWiring::unsealed)
                .description("audit entries appended and not yet sealed into the chain").register(meters);
    }

    private static double unsealed(AuditChainWatch watch) {
        try {
            ChainState.Unsealed unsealed = watch.unsealed();
            return unsealed.count();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
