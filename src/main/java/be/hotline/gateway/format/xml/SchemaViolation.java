package be.hotline.gateway.format.xml;

/**
 * One schema validator report, captured with where the reader was when it fired.
 *
 * @param rule          the XML Schema rule broken, e.g. {@code cvc-enumeration-valid}
 * @param message       the validator's English message, which may quote the offending value
 * @param pointer       JSON pointer of the element being read
 * @param parentPointer JSON pointer of its parent
 * @param element       local name of the element being read
 * @param parentElement local name of its parent
 */
record SchemaViolation(String rule, String message, int line, int column,
                       String pointer, String parentPointer, String element, String parentElement) {

    /** Personal data must not be echoed back in error messages. */
    boolean concernsReporter() {
        return pointer.startsWith("/reporter");
    }

    String where() {
        return " [line " + line + ", column " + column + ", " + rule + "]";
    }
}
