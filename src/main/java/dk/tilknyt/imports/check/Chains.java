package dk.tilknyt.imports.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds circles in "points to" links (a unit's parent, a posting's re-posted posting): each id points to
 * at most one other. Linear in the number of ids.
 */
final class Chains {

    private Chains() {
    }

    /** Every circle, each as its ids in link order. */
    static List<List<String>> circles(Iterable<String> ids, Function<String, String> next) {
        Map<String, Integer> state = new HashMap<>();
        List<List<String>> circles = new ArrayList<>();
        int walk = 0;
        for (String start : ids) {
            if (state.containsKey(start)) {
                continue;
            }
            walk++;
            List<String> path = new ArrayList<>();
            String id = start;
            while (id != null && !state.containsKey(id)) {
                state.put(id, walk);
                path.add(id);
                id = next.apply(id);
            }
            if (id != null && state.get(id) == walk) {
                circles.add(List.copyOf(path.subList(path.indexOf(id), path.size())));
            }
        }
        return circles;
    }
}
