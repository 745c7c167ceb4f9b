package be.hotline.gateway.format;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Text for property tests: anything a UTF-16 string can hold (lone surrogates included), the characters
 * the gateway refuses, and text it accepts. The rule is restated here from the contract on purpose, not
 * taken from the class that enforces it.
 */
final class UnicodeText {

    private UnicodeText() {
    }

    /** Any string at all, up to {@code maxLength} UTF-16 units, surrogates paired or not. */
    static Arbitrary<String> anything(int maxLength) {
        return Arbitraries.strings().all().ofMaxLength(maxLength);
    }

    /** One character no text field may hold, not even a note: C0 but tab and line breaks, DEL, C1, lone surrogates, noncharacters. */
    static Arbitrary<String> forbiddenEverywhere() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.chars().range('\u0000', '\u001F').filter(c -> c != '\t' && c != '\n' && c != '\r')
                        .edgeCases(edges -> edges.includeOnly('\u0000', '\u0001', '\u001B')).map(String::valueOf)),
                Tuple.of(2, Arbitraries.chars().range('\u007F', '\u009F').map(String::valueOf)),
                Tuple.of(2, Arbitraries.chars().range(Character.MIN_SURROGATE, Character.MAX_SURROGATE).map(String::valueOf)),
                Tuple.of(1, Arbitraries.just("\uDC00\uD800")),
                Tuple.of(1, Arbitraries.chars().range('\uFDD0', '\uFDEF').map(String::valueOf)),
                Tuple.of(1, Arbitraries.of("\uFFFE", "\uFFFF")),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(1, 16), Arbitraries.of(0xFFFE, 0xFFFF))
                        .as((plane, last) -> Character.toString((plane << 16) | last))));
    }

    /** One character a single-line field may not hold: those refused everywhere, plus tab, CR and LF. */
    static Arbitrary<String> forbiddenInSingleLine() {
        return Arbitraries.frequencyOf(Tuple.of(4, forbiddenEverywhere()), Tuple.of(1, Arbitraries.of("\t", "\n", "\r")));
    }

    /** Text every format can carry, single-line: mostly ASCII, then any assigned-or-not code point that is allowed. */
    static Arbitrary<String> deliverable(int maxCodePoints) {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(2, Arbitraries.integers().between(0xA0, 0xFFFD)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)),
                Tuple.of(1, Arbitraries.of(0xA0, 0x2028, 0x2029, 0xFEFF, 0xFFFD, 0x1F600, 0x10FFFD)))
                .filter(UnicodeText::deliverableInSingleLine);
        return codePoint.list().ofMaxSize(maxCodePoints).map(UnicodeText::join);
    }

    /** {@code base} with {@code inserted} put at a position chosen by {@code where}, never inside a surrogate pair. */
    static String insert(String base, String inserted, int where) {
        int at = Math.floorMod(where, base.length() + 1);
        if (at > 0 && at < base.length() && Character.isLowSurrogate(base.charAt(at)) && Character.isHighSurrogate(base.charAt(at - 1))) {
            at--;
        }
        return base.substring(0, at) + inserted + base.substring(at);
    }

    private static boolean deliverableInSingleLine(int codePoint) {
        boolean control = codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F);
        boolean surrogate = codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
        boolean noncharacter = (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
        return !control && !surrogate && !noncharacter;
    }

    private static String join(java.util.List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        codePoints.forEach(text::appendCodePoint);
        return text.toString();
    }
}
