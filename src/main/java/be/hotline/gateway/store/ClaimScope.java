package be.hotline.gateway.store;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whose deliveries a claim may take: everybody's, or only those of some partners (the others' circuits are
 * open). The two are claimed differently, see {@link OutboxStore#claimDue}.
 *
 * @param partners the partners to claim for, in a fixed order; empty means everybody
 */
public record ClaimScope(List<String> partners) {

    private static final ClaimScope EVERYONE = new ClaimScope(List.of());

    public ClaimScope {
        partners = List.copyOf(partners);
    }

    public static ClaimScope everyone() {
        return EVERYONE;
    }

    /**
     * Everybody while no partner is left out; else the receivers that are not; none (claim nothing) when
     * every receiver is left out.
     */
    public static Optional<ClaimScope> leavingOut(Set<String> leftOut, Set<String> receivers) {
        if (leftOut.isEmpty()) {
            return Optional.of(EVERYONE);
        }
        Set<String> others = new HashSet<>(receivers);
        others.removeAll(leftOut);
        return others.isEmpty() ? Optional.empty() : Optional.of(only(others));
    }

    /** @param partners at least one: with none left to send to, a node should not claim at all */
    public static ClaimScope only(Set<String> partners) {
        if (partners.isEmpty()) {
            throw new IllegalArgumentException("a claim for nobody");
        }
        return new ClaimScope(List.copyOf(new TreeSet<>(partners)));
    }

    public boolean isEveryone() {
        return partners.isEmpty();
    }
}
