package be.hotline.gateway.ops;

import be.hotline.gateway.store.audit.ChainState;
import be.hotline.gateway.store.audit.Checkpoint;
import be.hotline.gateway.store.audit.Checkpoints;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;

/**
 * GET /ops/api/audit/chain: verifies the whole chain now (INTACT or BROKEN with the first broken entry);
 * GET /ops/api/audit/checkpoints?after=&limit=: the signed checkpoints, oldest first, for offline verification.
 */
public final class AuditChainEndpoint {

    static final int MAX_CHECKPOINTS = 1000;

    private final AuditChainWatch watch;
    private final Checkpoints checkpoints;

    public AuditChainEndpoint(AuditChainWatch watch, Checkpoints checkpoints) {
        this.watch = watch;
        this.checkpoints = checkpoints;
    }

    public void chain(Exchange exchange) {
        OpsHttp.json(exchange, 200, shape(watch.refresh()));
    }

    public void checkpoints(Exchange exchange) {
        long after = number(exchange, "after", 0, Long.MAX_VALUE, 0);
        int limit = (int) number(exchange, "limit", 1, MAX_CHECKPOINTS, MAX_CHECKPOINTS);
        List<Checkpoint> page = checkpoints.after(after, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.stream().map(AuditChainEndpoint::shape).toList());
        if (page.size() == limit) {
            body.put("nextAfter", page.get(page.size() - 1).position());
        }
        OpsHttp.json(exchange, 200, body);
    }

    static Map<String, Object> shape(ChainState state) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", state.intact() ? "INTACT" : "BROKEN");
        body.put("headPosition", state.headPosition());
        body.put("unsealed", state.unsealed());
        body.put("oldestUnsealedAt", state.oldestUnsealedAt() == null ? null : state.oldestUnsealedAt().toString());
        body.put("checkpointsMatched", state.checkpoints());
        if (!state.intact()) {
            body.put("firstBroken", Map.of("position", state.firstBrokenPosition(), "problem", state.problem()));
        }
        body.put("checkedAt", state.checkedAt().toString());
        return body;
    }

    private static Map<String, Object> shape(Checkpoint checkpoint) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("position", checkpoint.position());
        item.put("headHash", checkpoint.headHash());
        item.put("createdAt", checkpoint.createdAt().toString());
        item.put("content", checkpoint.content());
        item.put("signature", checkpoint.signatureBase64());
        return item;
    }

    private static long number(Exchange exchange, String name, long min, long max, long absent) {
        String value = OpsHttp.query(exchange, name);
        if (value == null) {
            return absent;
        }
        try {
            long number = Long.parseLong(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw OpsProblem.badRequest(name + " must be a number from " + min + " to " + max + ".");
    }
}
