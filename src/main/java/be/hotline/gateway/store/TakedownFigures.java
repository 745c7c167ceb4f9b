package be.hotline.gateway.store;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How many reports of a group there were, how many were removed, and how many within 1, 3 and 7 days. */
public record TakedownFigures(long reports, long removed, long removedWithin1Day, long removedWithin3Days,
                              long removedWithin7Days) {

    public static final TakedownFigures NONE = new TakedownFigures(0, 0, 0, 0, 0);
    private static final int SHARE_SCALE = 4;

    /** removed / reports, rounded half up to 4 places; 0 when there are no reports. */
    public BigDecimal shareOf(long removedCount) {
        if (reports == 0) {
            return BigDecimal.ZERO.setScale(SHARE_SCALE);
        }
        return BigDecimal.valueOf(removedCount).divide(BigDecimal.valueOf(reports), SHARE_SCALE, RoundingMode.HALF_UP);
    }
}
