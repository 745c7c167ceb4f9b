package be.hotline.gateway.report;

import java.util.Locale;
import java.util.Set;

/** The assigned ISO 3166-1 alpha-2 country codes, in upper case: the one check for every country field. */
public final class CountryCodes {

    private static final Set<String> ASSIGNED = Set.of(Locale.getISOCountries());

    private CountryCodes() {
    }

    public static boolean isAssigned(String code) {
        return code != null && ASSIGNED.contains(code);
    }
}
