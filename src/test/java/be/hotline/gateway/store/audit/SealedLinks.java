package be.hotline.gateway.store.audit;

/**
 * The chain hash of an entry as the gateway's sealer computes it ({@link ChainLink}), for test data written straight
 * into audit_entry (the bench's bulk loader): a chain the gateway's own verifier accepts.
 */
public final class SealedLinks {

    /** entry 1's previous hash */
    public static final String GENESIS = ChainLink.GENESIS;

    private SealedLinks() {
    }

    public static String hash(AuditEntry entry, long position, String previousHash) {
        return new ChainLink(entry.kind().name(), entry.action(), entry.subject(), entry.actor(), entry.recordedAt(),
                entry.contentSha256()).hash(position, previousHash);
    }
}
