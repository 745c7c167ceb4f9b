package be.hotline.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressLiteralTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "255.255.255.255", "192.0.2.45", "10.0.0.1"})
    void dottedQuadsWithEveryOctetUpTo255AreIpv4(String value) {
        assertThat(IpAddressLiteral.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.0.1", "1.2.3.256", "300.1.1.1", "01.2.3.4", "1.2.3.04", "1.2.3", "1.2.3.4.5",
            "1..2.3", ".1.2.3", "1.2.3.4.", "-1.2.3.4", "1.2.3.4 ", " 1.2.3.4", "1.2.3.4\n", "١.٢.٣.٤"})
    void malformedOrOutOfRangeIpv4IsRejected(String value) {
        assertThat(IpAddressLiteral.isValid(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "1::", "2001:db8::1", "2001:DB8:0:0:0:0:0:1", "a:b:c:d:e:f:0:1",
            "1:2:3:4:5:6:7::", "::2:3:4:5:6:7:8", "fe80::1:2", "::ffff:192.0.2.1", "::192.0.2.1",
            "1:2:3:4:5:6:192.0.2.1", "0000:0000:0000:0000:0000:ffff:255.255.255.255"})
    void everyIpv6NotationIsAccepted(String value) {
        assertThat(IpAddressLiteral.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {":::", "1::2::3", ":1::", "1::2:", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:",
            "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8::", "::1:2:3:4:5:6:7:8", "1::2:3:4:5:6:7:8",
            "12345::1", "2001:db8::g", "1:2:3:4:5:6:7:192.0.2.1", "1:2:3:4:5:6::192.0.2.1", "::ffff:192.0.2",
            "::ffff:192.0.2.256", "192.0.2.1::", "::192.0.2.1:1", "fe80::1%eth0", "[::1]", ":", ".."})
    void malformedIpv6IsRejected(String value) {
        assertThat(IpAddressLiteral.isValid(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example.be", "ip6-localhost", "dead.beef", "cafe", "a", "0x7f.1"})
    void hostNamesAreRejectedWithoutLookingThemUp(String value) {
        assertThat(IpAddressLiteral.isValid(value)).isFalse();
    }
}
