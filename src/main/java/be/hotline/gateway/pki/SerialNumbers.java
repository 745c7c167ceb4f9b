package be.hotline.gateway.pki;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * Random 128-bit serial numbers: unpredictable serials are what CA/Browser Forum rules ask for,
 * and they make two regenerations of the demo PKI never collide.
 */
final class SerialNumbers {

    private static final int BITS = 128;

    private SerialNumbers() {
    }

    static BigInteger next(SecureRandom random) {
        BigInteger serial;
        do {
            serial = new BigInteger(BITS, random); // never negative; zero is not a valid serial
        } while (serial.signum() == 0);
        return serial;
    }
}
