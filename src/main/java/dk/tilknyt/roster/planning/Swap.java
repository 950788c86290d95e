package dk.tilknyt.roster.planning;

import java.time.OffsetDateTime;

import dk.tilknyt.shared.InvalidInputException;

/**
 * A proposal to hand one's shift over to a colleague or to exchange it for one of theirs. The colleague
 * answers, the planner decides; the proposer may withdraw until then; a change to either shift makes it stale.
 * Each intention returns the swap in its new state, or throws when the move is not allowed from here.
 *
 * @param colleagueSlotId the colleague's shift in an exchange; null for a hand-over
 */
public record Swap(long id, long periodId, String proposerId, long proposerSlotId, String colleagueId,
                   Long colleagueSlotId, SwapStatus status, OffsetDateTime createdAt) {

    public boolean isExchange() {
        return colleagueSlotId != null;
    }

    public boolean involves(String personId) {
        return proposerId.equals(personId) || colleagueId.equals(personId);
    }

    public Swap acceptBy(String personId) {
        requireColleague(personId);
        return move(SwapStatus.REQUESTED, SwapStatus.ACCEPTED);
    }

    public Swap declineBy(String personId) {
        requireColleague(personId);
        return move(SwapStatus.REQUESTED, SwapStatus.DECLINED);
    }

    /** The proposer takes it back before the planner has decided. */
    public Swap withdrawBy(String personId) {
        if (!proposerId.equals(personId)) {
            throw InvalidInputException.unprocessable("roster.swap.error.notProposer",
                    "Only the colleague who proposed the swap can withdraw it");
        }
        if (!status.isOpen()) {
            throw illegal(SwapStatus.WITHDRAWN);
        }
        return with(SwapStatus.WITHDRAWN);
    }

    public Swap approve() {
        return move(SwapStatus.ACCEPTED, SwapStatus.APPROVED);
    }

    public Swap reject() {
        return move(SwapStatus.ACCEPTED, SwapStatus.REJECTED);
    }

    /** One of the shifts changed hands or opened meanwhile: the swap can no longer be carried out as agreed. */
    public Swap stale() {
        if (!status.isOpen()) {
            throw illegal(SwapStatus.STALE);
        }
        return with(SwapStatus.STALE);
    }

    private void requireColleague(String personId) {
        if (!colleagueId.equals(personId)) {
            throw InvalidInputException.unprocessable("roster.swap.error.notColleague",
                    "Only the colleague the swap was proposed to can answer it");
        }
    }

    private Swap move(SwapStatus from, SwapStatus to) {
        if (status != from) {
            throw illegal(to);
        }
        return with(to);
    }

    private Swap with(SwapStatus to) {
        return new Swap(id, periodId, proposerId, proposerSlotId, colleagueId, colleagueSlotId, to, createdAt);
    }

    private InvalidInputException illegal(SwapStatus to) {
        return InvalidInputException.unprocessable("roster.swap.error.state",
                "A swap that is " + status.code() + " cannot become " + to.code());
    }
}
