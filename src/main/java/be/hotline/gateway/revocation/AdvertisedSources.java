package be.hotline.gateway.revocation;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;

/**
 * Where a certificate says its revocation can be learned: the http URLs of its CRL distribution points, and
 * the OCSP responder in its authority information access. Other schemes (ldap, file) are ignored: we fetch only
 * over plain http, as CAs publish them (the answers are signed, not the transport).
 */
final class AdvertisedSources {

    private AdvertisedSources() {
    }

    static List<String> crlUrls(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        List<String> urls = new ArrayList<>();
        if (value == null) {
            return urls;
        }
        try {
            for (DistributionPoint point : CRLDistPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(value))
                    .getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    httpUris(GeneralNames.getInstance(name.getName())).forEach(urls::add);
                }
            }
        } catch (IOException | IllegalArgumentException malformed) {
            return List.of();
        }
        return urls;
    }

    static Optional<String> ocspUrl(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (value == null) {
            return Optional.empty();
        }
        try {
            for (AccessDescription access : AuthorityInformationAccess.getInstance(
                    JcaX509ExtensionUtils.parseExtensionValue(value)).getAccessDescriptions()) {
                if (AccessDescription.id_ad_ocsp.equals(access.getAccessMethod())) {
                    Optional<String> url = httpUris(new GeneralNames(access.getAccessLocation())).stream().findFirst();
                    if (url.isPresent()) {
                        return url;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static List<String> httpUris(GeneralNames names) {
        List<String> uris = new ArrayList<>();
        for (GeneralName name : names.getNames()) {
            if (name.getTagNo() == GeneralName.uniformResourceIdentifier) {
                String uri = ASN1IA5String.getInstance(name.getName()).getString();
                if (uri.startsWith("http://")) {
                    uris.add(uri);
                }
            }
        }
        return uris;
    }
}
