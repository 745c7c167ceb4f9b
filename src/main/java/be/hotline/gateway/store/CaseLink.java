package be.hotline.gateway.store;

/**
 * A duplicate link as the internal case view shows it, from one report's side.
 *
 * @param index           the item of this report
 * @param direction       {@code EARLIER}: this item matched an earlier one; {@code LATER}: a later item matched this one
 * @param linkedReference the other report
 * @param linkedIndex     the item of the other report
 */
public record CaseLink(int index, String direction, String linkedReference, int linkedIndex, String matchedOn) {
}
