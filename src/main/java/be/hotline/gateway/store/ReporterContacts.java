package be.hotline.gateway.store;

import be.hotline.gateway.report.ReporterContact;
import be.hotline.gateway.reporterdata.ReporterDataCipher;
import java.util.Optional;

/**
 * The one read of reporter contact details that decrypts them: case management's read of a report it sent.
 * A row under a key this gateway does not hold throws {@link be.hotline.gateway.reporterdata.UnreadableReporterDataException}.
 */
public final class ReporterContacts {

    private final Transactions transactions;
    private final ReporterDataCipher cipher;

    public ReporterContacts(Transactions transactions, ReporterDataCipher cipher) {
        this.transactions = transactions;
        this.cipher = cipher;
    }

    public Optional<ReporterContact> of(String reference) {
        return transactions.read(connection -> ReporterContactRows.find(connection, reference, cipher));
    }
}
