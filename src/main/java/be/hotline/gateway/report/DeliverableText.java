package be.hotline.gateway.report;

import java.util.Optional;

/**
 * The one rule for the characters of every text field a partner sends us (reports and feedback alike):
 * only characters that every outbound format and both databases can carry. XML 1.0 (the INHOPE and police
 * formats) cannot carry C0 control characters, unpaired surrogates or U+FFFE/U+FFFF at all, and PostgreSQL
 * cannot store NUL; DEL, the C1 controls and the other noncharacters are legal XML 1.0 but discouraged by
 * it, and no receiver has a use for them. A value holding any of them could be accepted and never be
 * delivered, or be stored on H2 and fail on PostgreSQL, so it is refused at the door with the field named.
 * <p>
 * Tab, CR and LF are allowed only in multi-line free text (a feedback note or police remark, xs:string in
 * the schemas). Every other field is single-line: the XML formats type it xs:token, which collapses them,
 * so the value a receiver got would not be the value we accepted.
 */
public final class DeliverableText {

    /** Whether a field is free text that may span lines. */
    public enum Lines { SINGLE, MULTI }

    private DeliverableText() {
    }

    /** Why {@code value} cannot be delivered, naming the first character at fault; empty if it can (or is null). */
    public static Optional<String> fault(String value, Lines lines) {
        if (value == null) {
            return Optional.empty();
        }
        int position = 1;
        for (int i = 0; i < value.length(); position++) {
            int codePoint = value.codePointAt(i);
            String kind = kind(codePoint, lines);
            if (kind != null) {
                return Optional.of("contains " + notation(codePoint) + " at character " + position + ": " + kind);
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /**
     * The value with every character {@link #fault} refuses (tab and line breaks included) written as U+XXXX,
     * so an error message can quote a partner's value without carrying what it quotes.
     */
    public static String quotable(String value) {
        StringBuilder quoted = new StringBuilder(value.length());
        value.codePoints().forEach(codePoint -> {
            if (kind(codePoint, Lines.SINGLE) == null) {
                quoted.appendCodePoint(codePoint);
            } else {
                quoted.append(notation(codePoint));
            }
        });
        return quoted.toString();
    }

    /** What is wrong with the character, or null when it may stand in a field of this kind. */
    private static String kind(int codePoint, Lines lines) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return lines == Lines.MULTI ? null : "a tab or line break, allowed only in multi-line text (a note)";
        }
        if (codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F)) {
            return "a control character, which no report or feedback may carry";
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            // codePointAt gives a surrogate only when it has no partner.
            return "half of a surrogate pair without its other half, which is no character";
        }
        if ((codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE) {
            return "a Unicode noncharacter, which no report or feedback may carry";
        }
        return null;
    }

    private static String notation(int codePoint) {
        return String.format("U+%04X", codePoint);
    }
}
