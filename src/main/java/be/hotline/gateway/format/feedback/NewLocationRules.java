package be.hotline.gateway.format.feedback;

import be.hotline.gateway.feedback.FeedbackType;
import be.hotline.gateway.feedback.NewLocation;
import be.hotline.gateway.report.CountryCodes;
import be.hotline.gateway.report.DeliverableText.Lines;
import be.hotline.gateway.report.FieldErrors;
import be.hotline.gateway.report.IpAddressLiteral;
import java.util.Optional;

/**
 * The new location MOVED feedback gives, by itself: a hosting country is required (it decides the item's new
 * receiver), IP and provider are optional and checked as a report's are. Any other type carries none of them.
 */
final class NewLocationRules {

    static final int MAX_PROVIDER = 200;

    private NewLocationRules() {
    }

    static Optional<NewLocation> newLocation(FieldErrors errors, FieldNames at, FeedbackType type, FeedbackFields raw) {
        errors.deliverable(at.newHostingCountry(), raw.newHostingCountry(), Lines.SINGLE);
        errors.deliverable(at.newHostingIp(), raw.newHostingIp(), Lines.SINGLE);
        errors.deliverable(at.newHostingProvider(), raw.newHostingProvider(), Lines.SINGLE);
        if (type != FeedbackType.MOVED) {
            if (type != null) {
                refuseWithout(errors, at.newHostingCountry(), raw.newHostingCountry());
                refuseWithout(errors, at.newHostingIp(), raw.newHostingIp());
                refuseWithout(errors, at.newHostingProvider(), raw.newHostingProvider());
            }
            return Optional.empty();
        }
        String country = raw.newHostingCountry();
        if (country == null || country.isBlank()) {
            errors.add(at.newHostingCountry(), "is required when the content moved: the country it is hosted in now decides who gets it");
        } else if (!CountryCodes.isAssigned(country)) {
            errors.add(at.newHostingCountry(), "must be an ISO 3166-1 alpha-2 country code in upper case, e.g. FR");
        }
        Optional<String> ip = present(raw.newHostingIp());
        if (raw.newHostingIp() != null && (ip.isEmpty() || !IpAddressLiteral.isValid(ip.get()))) {
            errors.add(at.newHostingIp(), "must be an IPv4 or IPv6 address; leave it out when unknown");
        }
        Optional<String> provider = present(raw.newHostingProvider());
        if (raw.newHostingProvider() != null && provider.isEmpty()) {
            errors.add(at.newHostingProvider(), "must not be empty; leave it out when unknown");
        }
        errors.maxLength(at.newHostingProvider(), raw.newHostingProvider(), MAX_PROVIDER);
        return country == null || country.isBlank() ? Optional.empty() : Optional.of(new NewLocation(country, ip, provider));
    }

    private static void refuseWithout(FieldErrors errors, String pointer, String value) {
        if (value != null) {
            errors.add(pointer, "goes only with MOVED; leave it out");
        }
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
