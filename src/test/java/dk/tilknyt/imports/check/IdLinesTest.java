package dk.tilknyt.imports.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdLinesTest {

    @Test
    void theFirstLineOfAnIdIsKeptThroughGrowth() {
        IdLines lines = new IdLines();
        for (int i = 0; i < 100_000; i++) {
            assertThat(lines.putIfAbsent("a" + i, i + 2)).isZero();
        }
        assertThat(lines.putIfAbsent("a77", 5)).isEqualTo(79);
        assertThat(lines.contains("a99999")).isTrue();
        assertThat(lines.contains("b1")).isFalse();
    }
}
