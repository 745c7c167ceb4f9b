package be.hotline.gateway.pki;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where every file of a demo PKI lives, so tests and configuration code ask for a path instead of
 * hard-coding it. Partner maps are keyed by {@link DemoPartner#fileBaseName()}; {@code receivers} holds
 * only the partners that {@link DemoPartner#receivesDeliveries() receive deliveries}.
 */
public record DemoPkiLayout(Path directory, Path readme, Path warning, Path fingerprints,
                            Path rootCaCertificate, Path rootCaPrivateKey,
                            Path gatewayCertificate, Path gatewayPrivateKey, Path gatewayKeyStore,
                            Path signingCertificate, Path signingPrivateKey, Path signingKeyStore,
                            Map<String, Path> partnerCertificates, Map<String, Path> partnerPrivateKeys,
                            Map<String, Path> partnerKeyStores, Map<String, ReceiverFiles> receivers) {

    /** Alias of the key entry in {@code gateway/gateway.p12}. */
    public static final String GATEWAY_ALIAS = "gateway";
    /** Alias of the key entry in {@code gateway/gateway-signing.p12}: receipts, message signatures, audit checkpoints. */
    public static final String SIGNING_ALIAS = "gateway-signing";

    /**
     * A receiving partner's own demo CA (what the registry lists as its {@code outbound.trustedCas}) and the
     * server certificate it issued, whose key store a receiving endpoint presents.
     */
    public record ReceiverFiles(Path serverCaCertificate, Path serverCaPrivateKey,
                                Path serverCertificate, Path serverPrivateKey, Path serverKeyStore) {

        List<Path> certificates() {
            return List.of(serverCaCertificate, serverCertificate);
        }

        /** The files that hold a private key. */
        List<Path> keyFiles() {
            return List.of(serverCaPrivateKey, serverPrivateKey, serverKeyStore);
        }
    }

    public DemoPkiLayout {
        partnerCertificates = sortedCopy(partnerCertificates);
        partnerPrivateKeys = sortedCopy(partnerPrivateKeys);
        partnerKeyStores = sortedCopy(partnerKeyStores);
        receivers = Collections.unmodifiableSortedMap(new TreeMap<>(receivers));
    }

    /** The layout {@link DemoPki#init} writes under {@code directory}; touches no file. */
    public static DemoPkiLayout of(Path directory) {
        Map<String, Path> certificates = new TreeMap<>();
        Map<String, Path> keys = new TreeMap<>();
        Map<String, Path> keyStores = new TreeMap<>();
        Map<String, ReceiverFiles> receivers = new TreeMap<>();
        Path partners = directory.resolve("partners");
        for (DemoPartner partner : DemoPartner.values()) {
            String name = partner.fileBaseName();
            certificates.put(name, partners.resolve(name + ".crt"));
            keys.put(name, partners.resolve(name + ".key"));
            keyStores.put(name, partners.resolve(name + ".p12"));
            if (partner.receivesDeliveries()) {
                String server = partner.serverFileBaseName();
                receivers.put(name, new ReceiverFiles(partners.resolve(server + "-ca.crt"),
                        partners.resolve(server + "-ca.key"), partners.resolve(server + ".crt"),
                        partners.resolve(server + ".key"), partners.resolve(server + ".p12")));
            }
        }
        Path gateway = directory.resolve("gateway");
        return new DemoPkiLayout(directory, directory.resolve("README.md"),
                directory.resolve("DEMO-KEYS-DO-NOT-USE.txt"), directory.resolve("fingerprints.txt"),
                directory.resolve("ca/demo-root-ca.crt"), directory.resolve("ca/demo-root-ca.key"),
                gateway.resolve("gateway.crt"), gateway.resolve("gateway.key"), gateway.resolve("gateway.p12"),
                gateway.resolve(SIGNING_ALIAS + ".crt"), gateway.resolve(SIGNING_ALIAS + ".key"),
                gateway.resolve(SIGNING_ALIAS + ".p12"), certificates, keys, keyStores, receivers);
    }

    /** Every certificate file, the root CA's first. */
    public List<Path> certificates() {
        List<Path> all = new ArrayList<>(List.of(rootCaCertificate, gatewayCertificate, signingCertificate));
        all.addAll(partnerCertificates.values());
        receivers.values().forEach(receiver -> all.addAll(receiver.certificates()));
        return all;
    }

    /** Every file the demo PKI consists of, sorted. */
    public List<Path> files() {
        List<Path> all = new ArrayList<>(certificates());
        all.addAll(List.of(readme, warning, fingerprints, rootCaPrivateKey, gatewayPrivateKey, gatewayKeyStore,
                signingPrivateKey, signingKeyStore));
        all.addAll(partnerPrivateKeys.values());
        all.addAll(partnerKeyStores.values());
        receivers.values().forEach(receiver -> all.addAll(receiver.keyFiles()));
        Collections.sort(all);
        return List.copyOf(all);
    }

    /** A file's path relative to the directory, always with '/' so listings read the same on every OS. */
    public String relativeName(Path file) {
        return directory.relativize(file).toString().replace('\\', '/');
    }

    private static Map<String, Path> sortedCopy(Map<String, Path> paths) {
        SortedMap<String, Path> copy = new TreeMap<>(paths);
        return Collections.unmodifiableSortedMap(copy);
    }
}
