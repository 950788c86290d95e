package dk.tilknyt.roster.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dk.tilknyt.shared.InvalidInputException;

/** A swap moves requested → accepted → approved; declined, rejected, withdrawn and stale end it; nothing else. */
class SwapTest {

    private static Swap requested() {
        return new Swap(1, 10, "anna", 100, "bo", 200L, SwapStatus.REQUESTED, null);
    }

    @Test
    void theColleagueAcceptsAndThePlannerApproves() {
        Swap accepted = requested().acceptBy("bo");
        assertThat(accepted.status()).isEqualTo(SwapStatus.ACCEPTED);
        assertThat(accepted.approve().status()).isEqualTo(SwapStatus.APPROVED);
    }

    @Test
    void theColleagueMayDeclineAndThePlannerMayRejectAnAcceptedSwap() {
        assertThat(requested().declineBy("bo").status()).isEqualTo(SwapStatus.DECLINED);
        assertThat(requested().acceptBy("bo").reject().status()).isEqualTo(SwapStatus.REJECTED);
    }

    @Test
    void onlyTheColleagueMayAnswer() {
        assertThatThrownBy(() -> requested().acceptBy("anna")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> requested().declineBy("carl")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSwapNotYetAcceptedCannotBeApprovedOrRejected() {
        assertThatThrownBy(() -> requested().approve()).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("requested");
        assertThatThrownBy(() -> requested().reject()).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anAcceptedSwapCannotBeAnsweredAgain() {
        Swap accepted = requested().acceptBy("bo");
        assertThatThrownBy(() -> accepted.acceptBy("bo")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accepted.declineBy("bo")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theProposerMayWithdrawUntilThePlannerDecidesButNobodyElseMay() {
        assertThat(requested().withdrawBy("anna").status()).isEqualTo(SwapStatus.WITHDRAWN);
        assertThat(requested().acceptBy("bo").withdrawBy("anna").status()).isEqualTo(SwapStatus.WITHDRAWN);
        assertThatThrownBy(() -> requested().withdrawBy("bo")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> requested().acceptBy("bo").approve().withdrawBy("anna"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyAnOpenSwapGoesStaleAndAStaleSwapGoesNowhere() {
        assertThat(requested().stale().status()).isEqualTo(SwapStatus.STALE);
        assertThat(requested().acceptBy("bo").stale().status()).isEqualTo(SwapStatus.STALE);
        assertThatThrownBy(() -> requested().declineBy("bo").stale()).isInstanceOf(InvalidInputException.class);
        Swap stale = requested().stale();
        assertThatThrownBy(() -> stale.acceptBy("bo")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(stale::approve).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void finishedSwapsAreFinal() {
        for (Swap done : new Swap[] {requested().declineBy("bo"), requested().acceptBy("bo").approve(),
                requested().acceptBy("bo").reject(), requested().withdrawBy("anna")}) {
            assertThatThrownBy(() -> done.acceptBy("bo")).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(done::approve).isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(done::reject).isInstanceOf(InvalidInputException.class);
        }
    }
}
