package be.hotline.gateway.format.police;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/**
 * One code list translated between our codes and the police's, both ways. Checked complete when
 * built, so a code added on either side fails at start-up rather than in the middle of a delivery.
 */
final class CodeTable<D extends Enum<D>, P extends Enum<P>> {

    private final Map<D, P> toPolice;
    private final Map<P, D> toDomain;

    CodeTable(Class<D> domain, Class<P> police, Map<D, P> pairs) {
        toPolice = new EnumMap<>(pairs);
        toDomain = new EnumMap<>(police);
        pairs.forEach((ours, theirs) -> {
            if (toDomain.put(theirs, ours) != null) {
                throw new IllegalStateException(police.getSimpleName() + "." + theirs + " is mapped twice");
            }
        });
        if (!toPolice.keySet().equals(EnumSet.allOf(domain)) || !toDomain.keySet().equals(EnumSet.allOf(police))) {
            throw new IllegalStateException(domain.getSimpleName() + " and " + police.getSimpleName()
                    + " are not mapped one to one");
        }
    }

    /** null stays null, so a missing value surfaces as a schema violation, not here. */
    P toPolice(D ours) {
        return ours == null ? null : toPolice.get(ours);
    }

    D toDomain(P theirs) {
        return theirs == null ? null : toDomain.get(theirs);
    }
}
