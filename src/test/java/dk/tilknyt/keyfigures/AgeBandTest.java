package dk.tilknyt.keyfigures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgeBandTest {

    @Test
    void bandsMeetWithoutGapsOrOverlaps() {
        assertThat(AgeBand.UNDER_25.contains(24)).isTrue();
        assertThat(AgeBand.FROM_25_TO_34.contains(25)).isTrue();
        assertThat(AgeBand.FROM_25_TO_34.contains(34)).isTrue();
        assertThat(AgeBand.FROM_55_TO_59.contains(59)).isTrue();
        assertThat(AgeBand.FROM_55_TO_59.contains(60)).isFalse();
        assertThat(AgeBand.FROM_60.contains(60)).isTrue();
        for (int age = 15; age < 80; age++) {
            int bands = 0;
            for (AgeBand band : AgeBand.values()) {
                bands += band.contains(age) ? 1 : 0;
            }
            assertThat(bands).as("bands containing " + age).isEqualTo(1);
        }
    }

    @Test
    void anUnencodedPlusArrivesAsASpaceAndStillMeansSixtyAndOver() {
        assertThat(AgeBand.fromCode("60+")).contains(AgeBand.FROM_60);
        assertThat(AgeBand.fromCode("60 ")).contains(AgeBand.FROM_60);
        assertThat(AgeBand.fromCode("<25")).contains(AgeBand.UNDER_25);
        assertThat(AgeBand.fromCode("30-39")).isEmpty();
    }
}
