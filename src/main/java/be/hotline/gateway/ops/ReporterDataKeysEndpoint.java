package be.hotline.gateway.ops;

import be.hotline.gateway.store.OpsAudit;
import be.hotline.gateway.store.ReporterDataRotation;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * POST /ops/api/keys/rotate: re-encrypts every reporter contact row not under the current key (docs/ops/README.md,
 * "Keys and their rotation"). Answers the counts; {@code complete} is false while rows remain under a key this
 * gateway does not hold, which must not be removed yet. Audited.
 */
public final class ReporterDataKeysEndpoint {

    private final ReporterDataRotation rotation;
    private final String currentKeyId;
    private final OpsAudit audit;
    private final Clock clock;

    public ReporterDataKeysEndpoint(ReporterDataRotation rotation, String currentKeyId, OpsAudit audit, Clock clock) {
        this.rotation = rotation;
        this.currentKeyId = currentKeyId;
        this.audit = audit;
        this.clock = clock;
    }

    public void rotate(Exchange exchange) {
        ReporterDataRotation.Result result = rotation.rotate();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("currentKey", currentKeyId);
        body.put("reencrypted", result.resealed());
        body.put("plainEncrypted", result.plainEncrypted());
        body.put("underCurrentKey", result.underCurrentKey());
        body.put("unreadable", result.unreadable());
        body.put("complete", result.unreadableRows() == 0);
        audit.record(new OpsAudit.Entry(clock.instant(), OpsAuthenticator.userOf(exchange), "REPORTER_DATA_KEYS_ROTATED",
                "reporter data keys", "current key " + currentKeyId + ": " + result.resealed() + " re-encrypted, "
                + result.plainEncrypted() + " plain encrypted, " + result.unreadableRows() + " unreadable"));
        OpsHttp.json(exchange, 200, body);
    }
}
