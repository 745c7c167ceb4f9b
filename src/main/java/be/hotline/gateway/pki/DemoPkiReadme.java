package be.hotline.gateway.pki;

import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The texts written next to the demo keys. They exist because these keys are published: whoever
 * finds the folder must learn at once that it is demo material and how to make their own.
 */
record DemoPkiReadme(boolean defaultPassword, Instant notBefore, Instant leafNotAfter, Instant caNotAfter) {

    private static final String REGENERATE = """
                ./gateway certs init --out certs-example --force
                java -jar target/hotline-exchange-gateway.jar certs init --out certs-example --force
            """;

    String warning() {
        return """
                DEMO KEYS - DO NOT USE

                Every private key in this folder is PUBLIC: it is committed to a source repository.
                Anyone can use it to impersonate the demo CA, the gateway or a partner.

                Use these files only on a developer machine or in automated tests.
                NEVER use them for real reports, real partners, acceptance or production.
                Real deployments use certificates from a real, private PKI.

                Regenerate with:
                %s
                See README.md for what every file is.
                """.formatted(REGENERATE);
    }

    String readme() {
        return """
                # DEMO PKI: public keys, NEVER use for real traffic

                > **WARNING.** Every private key in this folder is public: it is committed to the source
                > repository. With it anyone can impersonate the demo root CA, the gateway and every partner.
                > Use these files only on a developer machine and in automated tests. Never use them for real
                > reports, real partners, acceptance or production: those use certificates from a real PKI
                > whose keys never leave their owners.

                ## Regenerate

                %s
                Without `--force` the command refuses a non-empty folder. Every run makes new keys and serial
                numbers, so commit the whole folder at once (fingerprints.txt shows what changed).
                Option `--password PW` sets the PKCS#12 password (default `demo-only`).

                ## Password

                %s

                ## Validity

                All certificates are valid from %s (one day before generation, to tolerate clock skew).
                The root CA and the receivers' server CAs expire %s (10 years); the gateway, signing, partner and
                server certificates expire %s (825 days).
                All keys are EC P-256, all signatures SHA256withECDSA.

                ## Files

                | File | What it is |
                |------|------------|
                | `ca/demo-root-ca.crt` | Demo root CA certificate (PEM). The only trust anchor: gateway and partners trust it. |
                | `ca/demo-root-ca.key` | The root CA's private key (PKCS#8 PEM, unencrypted): lets anyone issue more demo certificates. |
                | `gateway/gateway.crt` | The gateway's certificate: CN=localhost, SAN DNS:localhost, IP:127.0.0.1, IP:::1. Extended key usage serverAuth and clientAuth: the gateway's TLS server certificate, and its client certificate when it calls partners. |
                | `gateway/gateway.key` | Its private key (PKCS#8 PEM, unencrypted). |
                | `gateway/gateway.p12` | Key and chain (gateway, root CA) in PKCS#12, alias `gateway`. |
                | `gateway/gateway-signing.crt` | The gateway's signing certificate (a key of its own, never the TLS key): key usage digitalSignature and nonRepudiation, no extended key usage. Signs receipts, outbound messages and audit checkpoints as CMS; verify with `openssl cms -verify ... -CAfile ca/demo-root-ca.crt`. |
                | `gateway/gateway-signing.key` | Its private key (PKCS#8 PEM, unencrypted). |
                | `gateway/gateway-signing.p12` | Key and chain (signing, root CA) in PKCS#12, alias `gateway-signing`. |
                | `partners/<name>.crt` | A partner's client certificate (extended key usage clientAuth). |
                | `partners/<name>.key` | Its private key (PKCS#8 PEM, unencrypted). |
                | `partners/<name>.p12` | Key and chain (partner, root CA) in PKCS#12, alias `<name>`. |
                | `partners/<name>-server-ca.crt` | A receiving partner's own demo CA (PEM), which issued its server certificate; the demo registry lists it as that partner's `outbound.trustedCas`. |
                | `partners/<name>-server-ca.key` | That CA's private key (PKCS#8 PEM, unencrypted). |
                | `partners/<name>-server.crt` | A receiving partner's TLS server certificate: CN=localhost, SAN DNS:localhost, IP:127.0.0.1, IP:::1, extended key usage serverAuth. |
                | `partners/<name>-server.key` | Its private key (PKCS#8 PEM, unencrypted). |
                | `partners/<name>-server.p12` | Key and chain (server, its CA) in PKCS#12, alias `<name>-server`: what a receiving endpoint presents. |
                | `fingerprints.txt` | SHA-256 fingerprint of every certificate, as the partner registry pins them. |
                | `DEMO-KEYS-DO-NOT-USE.txt` | The warning above, for whoever opens the folder without reading this. |

                ## Partners

                | Name | Certificate subject | Receives deliveries (server files) | Stands for |
                |------|---------------------|------------------------------------|------------|
                %s
                The gateway delivers only to a server whose certificate chains to a CA registered for that partner
                (never the demo root): each receiving partner has a CA of its own, as a real partner does.

                ## Try it

                    openssl x509 -in gateway/gateway.crt -noout -text
                    curl --cacert ca/demo-root-ca.crt --cert partners/nl-hotline.p12:demo-only --cert-type P12 https://localhost:<port>/

                A receiving endpoint with a partner's server certificate, to which `./gateway run` delivers:
                docs/api/examples/receiver/README.md.
                """.formatted(REGENERATE, passwordText(), notBefore, caNotAfter, leafNotAfter, partnerRows());
    }

    private String passwordText() {
        return defaultPassword
                ? "Every `.p12` file is protected with the password `demo-only`. The `.key` files are not encrypted."
                : "Every `.p12` file is protected with the password given with `--password` when this folder was"
                        + " generated (not written down here; the default is `demo-only`). The `.key` files are not"
                        + " encrypted.";
    }

    private static String partnerRows() {
        return Stream.of(DemoPartner.values())
                .map(p -> "| `" + p.fileBaseName() + "` | " + p.distinguishedName() + " | " + serverFiles(p)
                        + " | " + p.role() + " |\n")
                .collect(Collectors.joining());
    }

    private static String serverFiles(DemoPartner partner) {
        return partner.receivesDeliveries()
                ? "yes: `" + partner.serverFileBaseName() + ".p12`, CA `" + partner.serverFileBaseName() + "-ca.crt`"
                : "no";
    }
}
