package be.hotline.gateway.pki;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.util.IPAddress;

/**
 * Builds the SubjectAlternativeName entries TLS clients check the host name against
 * (the CN is ignored by modern clients, so a server certificate without SANs is useless).
 */
final class SubjectAlternativeNames {

    private SubjectAlternativeNames() {
    }

    /** Returns null when there is nothing to put in the extension (client certificates). */
    static GeneralNames of(List<String> dnsNames, List<String> ipAddresses) {
        List<GeneralName> names = new ArrayList<>();
        for (String dnsName : dnsNames) {
            if (dnsName.isBlank()) {
                throw new IllegalArgumentException("blank DNS name");
            }
            names.add(new GeneralName(GeneralName.dNSName, dnsName));
        }
        for (String ip : ipAddresses) {
            // Literal check only: resolving names here would make certificate content depend on DNS.
            if (!IPAddress.isValid(ip)) {
                throw new IllegalArgumentException("not an IPv4 or IPv6 literal: " + ip);
            }
            names.add(new GeneralName(GeneralName.iPAddress, ip));
        }
        return names.isEmpty() ? null : new GeneralNames(names.toArray(GeneralName[]::new));
    }
}
