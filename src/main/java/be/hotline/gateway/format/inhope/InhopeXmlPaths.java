package be.hotline.gateway.format.inhope;

import java.util.ArrayList;
import java.util.List;

/**
 * Names a field of a report by its path in the INHOPE XML a partner sent, instead of the pointer into the
 * equivalent JSON the rules use: {@code /contentItems/1/hashes/0/algorithm} is
 * {@code /contentItems/item[2]/hashes/hash[1]/@algorithm}, a hash's value the {@code hash} element itself.
 * Positions count from 1, as in XPath; element names are the schema's.
 */
public final class InhopeXmlPaths {

    private InhopeXmlPaths() {
    }

    public static String of(String jsonPointer) {
        if (jsonPointer == null || jsonPointer.length() < 2) {
            return jsonPointer;
        }
        List<String> path = new ArrayList<>();
        String parent = "";
        boolean inHash = false;
        for (String token : jsonPointer.substring(1).split("/", -1)) {
            if ("contentItems".equals(parent) && isIndex(token)) {
                path.add("item[" + (Integer.parseInt(token) + 1) + "]");
            } else if ("hashes".equals(parent) && isIndex(token)) {
                path.add("hash[" + (Integer.parseInt(token) + 1) + "]");
                inHash = true;
                parent = "hash";
                continue;
            } else if (inHash && "algorithm".equals(token)) {
                path.add("@algorithm");
            } else if (!(inHash && "value".equals(token))) {
                path.add(token);
            }
            inHash = false;
            parent = token;
        }
        return "/" + String.join("/", path);
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
    }
}
