package dk.tilknyt.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApplicationTest {

    private final Application received = Application.received("A1", "P1", LocalDate.of(2026, 3, 2));

    @Test
    void aNewApplicationIsAppliedAndPending() {
        assertThat(received.furthestStage()).isEqualTo("applied");
        assertThat(received.outcome()).isEqualTo("pending");
        assertThat(received.calledBeforeInterview()).isFalse();
    }

    @Test
    void stagesFollowInOrderAndReachingHiredMakesTheOutcomeHired() {
        Application a = received;
        for (String expected : new String[] {"invited", "interviewed", "offered"}) {
            a = a.advance();
            assertThat(a.furthestStage()).isEqualTo(expected);
            assertThat(a.outcome()).isEqualTo("pending");
        }
        Application hired = a.advance();

        assertThat(hired.furthestStage()).isEqualTo("hired");
        assertThat(hired.outcome()).isEqualTo("hired");
        assertThatThrownBy(hired::advance).isInstanceOf(RecruitmentRejected.class).hasMessage("application.ended");
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"APPLIED", "INVITED", "INTERVIEWED", "OFFERED"})
    void anApplicantCanWithdrawAtAnyStageBeforeTheHireAndKeepsTheStageReached(Stage stage) {
        Application at = new Application("A1", "P1", LocalDate.of(2026, 3, 2), stage.code(), "pending", null, null);

        Application withdrawn = at.withdraw(WithdrawalReason.OTHER_JOB);

        assertThat(withdrawn.furthestStage()).isEqualTo(stage.code());
        assertThat(withdrawn.outcome()).isEqualTo("withdrawn");
        assertThat(withdrawn.withdrawnReason()).isEqualTo("other_job");
    }

    @Test
    void aWithdrawalNeedsACodedReason() {
        assertThatThrownBy(() -> received.withdraw(null)).hasMessage("application.withdraw.reasonRequired");
    }

    @Test
    void anEndedApplicationCannotMoveWithdrawOrBeRejected() {
        Application rejected = received.advance().reject();

        assertThat(rejected.outcome()).isEqualTo("rejected");
        assertThat(rejected.furthestStage()).isEqualTo("invited");
        assertThatThrownBy(rejected::advance).hasMessage("application.ended");
        assertThatThrownBy(() -> rejected.withdraw(WithdrawalReason.SALARY)).hasMessage("application.ended");
        assertThatThrownBy(rejected::reject).hasMessage("application.ended");
        assertThatThrownBy(() -> received.withdraw(WithdrawalReason.NO_SHOW).reject()).hasMessage("application.ended");
    }

    @Test
    void steppingBackCorrectsAMoveAndAHireBecomesPendingAgain() {
        Application hired = received.advance().advance().advance().advance();

        Application back = hired.stepBack();

        assertThat(back.furthestStage()).isEqualTo("offered");
        assertThat(back.outcome()).isEqualTo("pending");
        assertThatThrownBy(received::stepBack).hasMessage("application.firstStage");
    }

    @Test
    void aHireLinkedToAnEmploymentCannotStepBack() {
        Application linked = received.advance().advance().advance().advance().linkEmployment("E-77");

        assertThat(linked.employmentId()).isEqualTo("E-77");
        assertThatThrownBy(linked::stepBack).hasMessage("application.stepBack.employmentLinked");
        assertThat(linked.linkEmployment(null).stepBack().furthestStage()).isEqualTo("offered");
    }

    @Test
    void onlyAHireCanBeLinkedToAnEmployment() {
        assertThatThrownBy(() -> received.advance().linkEmployment("E-77")).hasMessage("application.employment.notHired");
    }

    @Test
    void theCalledBeforeInterviewMarkStaysThroughTheStages() {
        Application called = received.advance().markCalledBeforeInterview(true);

        assertThat(called.advance().calledBeforeInterview()).isTrue();
        assertThat(called.withdraw(WithdrawalReason.COMMUTE).calledBeforeInterview()).isTrue();
        assertThat(called.markCalledBeforeInterview(false).calledBeforeInterview()).isFalse();
    }

    @Test
    void theImportsSevenColumnConstructorLeavesTheCallUnmarked() {
        assertThat(new Application("A1", "P1", LocalDate.of(2026, 1, 1), "invited", "pending", null, null)
                .calledBeforeInterview()).isFalse();
    }
}
