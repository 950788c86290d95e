package dk.tilknyt.recruitment.domain;

import static dk.tilknyt.recruitment.Postings.application;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.tilknyt.recruitment.ApplicationOutcome;
import dk.tilknyt.recruitment.Stage;

class FunnelTest {

    @Test
    void eachApplicationCountsAtEveryStageItReachedAndEndsAtItsFurthestStage() {
        Funnel funnel = Funnel.of(2, List.of(
                application("A1", Stage.APPLIED, ApplicationOutcome.REJECTED, false),
                application("A2", Stage.INVITED, ApplicationOutcome.WITHDRAWN, false),
                application("A3", Stage.INVITED, ApplicationOutcome.WITHDRAWN, true),
                application("A4", Stage.INTERVIEWED, ApplicationOutcome.PENDING, true),
                application("A5", Stage.OFFERED, ApplicationOutcome.WITHDRAWN, false),
                application("A6", Stage.HIRED, ApplicationOutcome.HIRED, true)));

        assertThat(funnel.stages()).extracting(Funnel.StageCount::reached).containsExactly(6L, 5L, 3L, 2L, 1L);
        assertThat(funnel.at(Stage.INVITED).withdrawn()).isEqualTo(2);
        assertThat(funnel.at(Stage.OFFERED).withdrawn()).isEqualTo(1);
        assertThat(funnel.at(Stage.APPLIED).rejected()).isEqualTo(1);
        assertThat(funnel.at(Stage.INTERVIEWED).pending()).isEqualTo(1);
        assertThat(funnel.withdrawn()).isEqualTo(3);
        assertThat(funnel.hired()).isEqualTo(1);
        assertThat(funnel.postings()).isEqualTo(2);
        assertThat(funnel.applications()).isEqualTo(6);
    }

    @Test
    void callsBeforeTheInterviewAreComparedOverTheInvited() {
        Funnel funnel = Funnel.of(1, List.of(
                application("A1", Stage.APPLIED, ApplicationOutcome.PENDING, true),
                application("A2", Stage.INVITED, ApplicationOutcome.WITHDRAWN, false),
                application("A3", Stage.INVITED, ApplicationOutcome.WITHDRAWN, true),
                application("A4", Stage.INTERVIEWED, ApplicationOutcome.WITHDRAWN, true),
                application("A5", Stage.INVITED, ApplicationOutcome.PENDING, false)));

        // invited or later: A2..A5; called A3, A4 (A3 withdrew at invited); not called A2, A5 (A2 withdrew at invited)
        assertThat(funnel.calls()).isEqualTo(new Funnel.CallEffect(2, 1, 2, 1));
    }

    @Test
    void noApplicationsMakeAnEmptyFunnel() {
        Funnel funnel = Funnel.of(3, List.of());

        assertThat(funnel.stages()).allSatisfy(s -> assertThat(s.reached()).isZero());
        assertThat(funnel.postings()).isEqualTo(3);
    }
}
