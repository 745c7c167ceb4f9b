package be.hotline.gateway.intake;

import be.hotline.gateway.report.Classification;
import be.hotline.gateway.report.Report;

/**
 * Only material that really is abuse material is passed on: a report the analyst classified NOT_ILLEGAL is
 * stored, counted and visible to our own hotline, but delivered to nobody (status NOT_FORWARDED).
 */
final class ClassificationGate {

    /** The detail of the NOT_FORWARDED event: why the report stays here. */
    static final String WHY_NOT = "classified NOT_ILLEGAL: stored and counted, delivered to nobody";

    private ClassificationGate() {
    }

    static boolean forwards(Report report) {
        return report.assessment().classification() != Classification.NOT_ILLEGAL;
    }
}
