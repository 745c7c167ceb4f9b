package be.hotline.gateway.store;

/**
 * A content item of a report linked to the earliest matching item received before it.
 *
 * @param position the item (index) in the later report
 * @param event    what the earlier report's history says about the link, or null when it is only being read back
 */
public record DuplicateLink(int position, String earlierReference, int earlierPosition, String matchedOn,
                            ReportEvent event) {
}
