package be.hotline.gateway.config;

import be.hotline.gateway.ops.ReporterDataKeysEndpoint;
import be.hotline.gateway.reporterdata.ReporterDataCipher;
import be.hotline.gateway.reporterdata.ReporterDataKeySources;
import be.hotline.gateway.reporterdata.ReporterDataKeyring;
import be.hotline.gateway.store.OpsAudit;
import be.hotline.gateway.store.ReporterDataRotation;
import be.hotline.gateway.store.Transactions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.spi.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys of reporter contact details (docs/ops/README.md, "Keys and their rotation"). The start fails, naming the
 * cause, when the keys cannot be read or rows are under a key no longer listed; rows stored in plain text before
 * V18 are encrypted before the gateway takes requests.
 */
final class ReporterDataWiring {

    private static final Logger LOG = LoggerFactory.getLogger(ReporterDataWiring.class);
    /** SHA-256 of the committed demo key (config/demo-reporter-data-keys.p12): public, so refused in production. */
    private static final Set<String> DEMO_KEYS = Set.of("bef8f751bd16911f29ac4c6f8c055d0ba5d0dbe1f0957c31ff2c69da305cc766");

    private ReporterDataWiring() {
    }

    static ReporterDataCipher wire(Registry registry, GatewaySettings.Reader read, Transactions transactions, Clock clock) {
        ReporterDataKeyring keys = keyring(read);
        requireNoDemoKeyInProduction(read.optional("gateway.mode"), keys);
        ReporterDataCipher cipher = new ReporterDataCipher(keys);
        ReporterDataRotation rotation = new ReporterDataRotation(transactions, cipher);
        requireEveryRowsKey(keys, rotation.rowsByKey());
        long plain = rotation.encryptPlainRows().plainEncrypted();
        LOG.info("reporter data keys: current key {}, keys held {}; rows stored in plain text encrypted now: {}",
                keys.currentId(), keys.ids(), plain);
        registry.bind("opsReporterDataKeys", new ReporterDataKeysEndpoint(rotation, keys.currentId(), new OpsAudit(transactions), clock));
        return cipher;
    }

    /** The list in gateway.reporter-data.keys (the environment) when set, else the keystore. */
    private static ReporterDataKeyring keyring(GatewaySettings.Reader read) {
        String current = read.optional("gateway.reporter-data.key-current");
        String list = read.optional("gateway.reporter-data.keys");
        if (!list.isBlank()) {
            return ReporterDataKeySources.fromList(list, current);
        }
        return ReporterDataKeySources.fromKeystore(Path.of(read.text("gateway.reporter-data.keystore")),
                read.text("gateway.reporter-data.keystore-password").toCharArray(), current);
    }

    private static void requireNoDemoKeyInProduction(String mode, ReporterDataKeyring keys) {
        Set<String> demo = keys.idsOfKeysHashing(DEMO_KEYS);
        if ("production".equalsIgnoreCase(mode.trim()) && !demo.isEmpty()) {
            throw new IllegalStateException("gateway.mode=production refuses the DEMO reporter data key " + demo
                    + " (committed, so public): set gateway.reporter-data.keystore or GATEWAY_REPORTER_DATA_KEYS and"
                    + " gateway.reporter-data.key-current to keys of your own (docs/ops/README.md, \"Keys and their rotation\")");
        }
    }

    /** A key removed while rows still need it would make them unreadable: refuse to start instead. */
    private static void requireEveryRowsKey(ReporterDataKeyring keys, Map<String, Long> rowsByKey) {
        Map<String, Long> missing = rowsByKey.entrySet().stream().filter(entry -> !keys.ids().contains(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("reporter data keys: rows of reporter_contact are under keys this gateway"
                    + " does not hold (key id=rows) " + missing + "; keys held " + keys.ids()
                    + ". Put those keys back, then run `gateway keys rotate` before removing them.");
        }
    }
}
