package be.hotline.gateway.format.police;

import be.hotline.gateway.format.police.xml.DepictedPersonCode;
import be.hotline.gateway.report.Depiction;

/**
 * Our one depiction code as the police want it: synthetic material is a flag of its own (it is
 * triaged apart: there is no victim to identify); who is depicted is told only for other material.
 */
final class DepictionCodes {

    private DepictionCodes() {
    }

    static boolean isSynthetic(Depiction depiction) {
        return depiction == Depiction.VIRTUAL;
    }

    /** null when synthetic or not determined: the element is then left out. */
    static DepictedPersonCode depictedPerson(Depiction depiction) {
        if (depiction == null) {
            return null;
        }
        return switch (depiction) {
            case REAL_CHILD -> DepictedPersonCode.REAL_CHILD;
            case APPEARS_TO_BE_CHILD -> DepictedPersonCode.APPARENT_CHILD;
            case VIRTUAL, NOT_DETERMINED -> null;
        };
    }

    /** @throws IllegalArgumentException for synthetic material said to show a real or apparent child */
    static Depiction depiction(boolean synthetic, DepictedPersonCode person) {
        if (synthetic && person != null) {
            throw new IllegalArgumentException("DepictedPerson must be absent when SyntheticMaterial is true");
        }
        if (synthetic) {
            return Depiction.VIRTUAL;
        }
        if (person == null) {
            return Depiction.NOT_DETERMINED;
        }
        return person == DepictedPersonCode.REAL_CHILD ? Depiction.REAL_CHILD : Depiction.APPEARS_TO_BE_CHILD;
    }
}
