package dk.tilknyt.org.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.tilknyt.org.web.SmallCounts.Count;
import dk.tilknyt.org.web.SmallCounts.Suppressed;

class SmallCountsTest {

    private static Map<String, Integer> parts(Object... pairs) {
        Map<String, Integer> parts = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parts.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return parts;
    }

    @Test
    void countsOfFiveAndMoreAreShown() {
        Suppressed s = SmallCounts.suppress(30, parts("a", 10, "b", 20));
        assertThat(s.total()).isEqualTo(Count.shown(30));
        assertThat(s.parts()).containsEntry("a", Count.shown(10)).containsEntry("b", Count.shown(20));
    }

    @Test
    void aCountUnderFiveIsHiddenAndZeroToo() {
        Suppressed s = SmallCounts.suppress(4, parts("a", 4, "b", 0));
        assertThat(s.total().suppressed()).isTrue();
        assertThat(s.parts().values()).allMatch(Count::suppressed);
    }

    @Test
    void aSingleHiddenPartTakesTheSmallestVisiblePartWithItSoItCannotBeSubtracted() {
        Suppressed s = SmallCounts.suppress(40, parts("a", 3, "b", 12, "c", 25));
        assertThat(s.parts().get("a").suppressed()).isTrue();
        assertThat(s.parts().get("b").suppressed()).isTrue();
        assertThat(s.parts().get("c")).isEqualTo(Count.shown(25));
        assertThat(s.total()).isEqualTo(Count.shown(40));
    }

    @Test
    void twoHiddenPartsNeedNoFurtherHiding() {
        Suppressed s = SmallCounts.suppress(30, parts("a", 3, "b", 2, "c", 25));
        assertThat(s.parts().get("c")).isEqualTo(Count.shown(25));
    }

    @Test
    void withoutSuppressionEverythingIsShown() {
        Suppressed s = SmallCounts.none(3, parts("a", 1, "b", 2));
        assertThat(s.total()).isEqualTo(Count.shown(3));
        assertThat(s.parts().values()).noneMatch(Count::suppressed);
    }
}
