package dk.tilknyt.conversations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosisCheckTest {

    @Test
    void obviousDiagnosisWordsAreFound() {
        assertThat(DiagnosisCheck.findHealthWord("Hun har fået konstateret kræft")).contains("kræft");
        assertThat(DiagnosisCheck.findHealthWord("Depression efter skilsmisse")).contains("depression");
        assertThat(DiagnosisCheck.findHealthWord("diagnosed with MIGRAINE")).contains("diagnosed");
    }

    @Test
    void textAboutWorkAbilityPasses() {
        assertThat(DiagnosisCheck.findHealthWord("Starter op på 20 timer med skånehensyn: ingen tunge løft i 4 uger.")).isEmpty();
        assertThat(DiagnosisCheck.findHealthWord(null)).isEmpty();
    }

    @Test
    void aStemMustStartAWord() {
        // "diabetes" inside another word is not matched at its middle
        assertThat(DiagnosisCheck.findHealthWord("Aftalt forandring af vagtplanen")).isEmpty();
    }
}
