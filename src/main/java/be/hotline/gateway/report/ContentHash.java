package be.hotline.gateway.report;

/** A hash of the material as the sender computed it; perceptual hashes are opaque strings. */
public record ContentHash(HashAlgorithm algorithm, String value) {
}
