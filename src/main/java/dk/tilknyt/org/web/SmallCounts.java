package dk.tilknyt.org.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * key-figures.md "Privacy of aggregates" for the works council: a count under 5 is shown as "–", and
 * when a total and all but one of its parts are visible, the smallest remaining part is hidden too, so
 * the hidden one cannot be recovered by subtraction.
 */
final class SmallCounts {

    static final int MIN_SHOWN = 5;

    private SmallCounts() {
    }

    /** A count as shown: its value, or suppressed. */
    record Count(int value, boolean suppressed) {

        static Count shown(int value) {
            return new Count(value, false);
        }

        static Count hidden() {
            return new Count(0, true);
        }
    }

    /** The total and the parts (in the order given) with small cells suppressed. */
    record Suppressed(Count total, Map<String, Count> parts) {
    }

    static Suppressed suppress(int total, Map<String, Integer> parts) {
        Count shownTotal = total < MIN_SHOWN ? Count.hidden() : Count.shown(total);
        Map<String, Count> shownParts = new LinkedHashMap<>();
        List<String> visible = new ArrayList<>();
        int hidden = 0;
        for (Map.Entry<String, Integer> part : parts.entrySet()) {
            if (part.getValue() < MIN_SHOWN) {
                shownParts.put(part.getKey(), Count.hidden());
                hidden++;
            } else {
                shownParts.put(part.getKey(), Count.shown(part.getValue()));
                visible.add(part.getKey());
            }
        }
        if (!shownTotal.suppressed() && hidden == 1 && !visible.isEmpty()) {
            String smallest = visible.stream().min((a, b) -> Integer.compare(parts.get(a), parts.get(b))).orElseThrow();
            shownParts.put(smallest, Count.hidden());
        }
        return new Suppressed(shownTotal, shownParts);
    }

    /** Everything shown as it is (roles that may see person-level data). */
    static Suppressed none(int total, Map<String, Integer> parts) {
        Map<String, Count> shownParts = new LinkedHashMap<>();
        parts.forEach((k, v) -> shownParts.put(k, Count.shown(v)));
        return new Suppressed(Count.shown(total), shownParts);
    }
}
