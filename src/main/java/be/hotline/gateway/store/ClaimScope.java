package be.hotline.gateway.store;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Whose deliveries a claim may take, and how many of each: everybody's, as many as the claim's limit; or only
 * those of some partners (the others' circuits are open, or they have as many requests in flight as their
 * outbound.maxConcurrent allows), each up to its room. The two are claimed differently, see
 * {@link OutboxStore#claimDue}.
 *
 * @param roomOf the partners to claim for, in a fixed order, each with at most how many of its deliveries;
 *               empty means everybody
 */
public record ClaimScope(SortedMap<String, Integer> roomOf) {

    private static final ClaimScope EVERYONE = new ClaimScope(new TreeMap<>());

    public ClaimScope {
        roomOf = Collections.unmodifiableSortedMap(new TreeMap<>(roomOf));
    }

    public static ClaimScope everyone() {
        return EVERYONE;
    }

    /**
     * Everybody while no receiver is left out and each has room for a whole claim; else the receivers that are
     * not left out and have room, each up to its room; none (claim nothing) when no receiver is left.
     *
     * @param roomOf how many more deliveries of a partner this node may take now
     * @param limit  how many the claim takes at most
     */
    public static Optional<ClaimScope> within(Set<String> receivers, Set<String> leftOut, ToIntFunction<String> roomOf,
                                              int limit) {
        TreeMap<String, Integer> room = new TreeMap<>();
        boolean everyoneWhole = true;
        for (String receiver : receivers) {
            int free = leftOut.contains(receiver) ? 0 : Math.min(roomOf.applyAsInt(receiver), limit);
            everyoneWhole &= free >= limit;
            if (free > 0) {
                room.put(receiver, free);
            }
        }
        if (everyoneWhole) {
            return Optional.of(EVERYONE);
        }
        return room.isEmpty() ? Optional.empty() : Optional.of(new ClaimScope(room));
    }

    /** @param partners at least one: with none left to send to, a node should not claim at all */
    public static ClaimScope only(Set<String> partners) {
        if (partners.isEmpty()) {
            throw new IllegalArgumentException("a claim for nobody");
        }
        TreeMap<String, Integer> room = new TreeMap<>();
        partners.forEach(partner -> room.put(partner, Integer.MAX_VALUE));
        return new ClaimScope(room);
    }

    public boolean isEveryone() {
        return roomOf.isEmpty();
    }

    /** The partners claimed for, in a fixed order; empty means everybody. */
    public List<String> partners() {
        return List.copyOf(roomOf.keySet());
    }

    /** At most how many of the partner's deliveries a claim of {@code limit} may take. */
    public int limitFor(String partner, int limit) {
        return Math.min(limit, roomOf.getOrDefault(partner, limit));
    }
}
