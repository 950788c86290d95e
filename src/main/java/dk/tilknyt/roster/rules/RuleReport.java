package dk.tilknyt.roster.rules;

import java.util.List;

import dk.tilknyt.roster.solver.ShiftSlot;

/** What the rule checker found in a roster: broken hard rules, open slots, and the fate of every wish. */
public record RuleReport(List<RuleViolation> violations, List<ShiftSlot> openSlots, List<WishOutcome> wishes) {

    public RuleReport {
        violations = List.copyOf(violations);
        openSlots = List.copyOf(openSlots);
        wishes = List.copyOf(wishes);
    }

    /** No hard rule broken and no slot left open: the roster can be published. */
    public boolean isFeasible() {
        return violations.isEmpty() && openSlots.isEmpty();
    }

    public int hardPenalty() {
        return violations.stream().mapToInt(RuleViolation::penalty).sum();
    }

    public List<RuleViolation> violationsOf(String personId) {
        return violations.stream().filter(v -> v.personId().equals(personId)).toList();
    }

    public long grantedWishes() {
        return wishes.stream().filter(WishOutcome::granted).count();
    }

    /** Share of wishes granted, 100 when there were none. */
    public double wishFulfilmentPercent() {
        return wishes.isEmpty() ? 100.0 : 100.0 * grantedWishes() / wishes.size();
    }
}
