package be.hotline.gateway.report;

import java.util.regex.Pattern;

/** Checks IP address literals without ever touching DNS (InetAddress.getByName would resolve names). */
public final class IpAddressLiteral {

    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private IpAddressLiteral() {
    }

    public static boolean isValid(String value) {
        if (IPV4.matcher(value).matches()) {
            return true;
        }
        return IPV6_CHARS.matcher(value).matches() && isIpv6(value);
    }

    private static boolean isIpv6(String value) {
        int doubleColon = value.indexOf("::");
        if (doubleColon != value.lastIndexOf("::")
                || (value.startsWith(":") && !value.startsWith("::"))
                || (value.endsWith(":") && !value.endsWith("::"))) {
            return false;
        }
        String[] groups = value.split(":", -1);
        int expected = 8;
        String last = groups[groups.length - 1];
        if (last.contains(".")) {
            if (!IPV4.matcher(last).matches()) {
                return false;
            }
            expected = 7;
            groups[groups.length - 1] = "0";
        }
        int nonEmpty = 0;
        for (String group : groups) {
            if (group.isEmpty()) {
                if (doubleColon < 0) {
                    return false;
                }
                continue;
            }
            if (group.length() > 4 || group.contains(".")) {
                return false;
            }
            nonEmpty++;
        }
        return doubleColon >= 0 ? nonEmpty < expected : nonEmpty == expected;
    }
}
