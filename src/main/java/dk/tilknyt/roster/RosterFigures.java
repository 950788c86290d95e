package dk.tilknyt.roster;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dk.tilknyt.roster.figures.RosterFigureCalculation;

/**
 * Roster figures for other modules (the key-figures dashboard): read-only, for a unit's subtree and a date range.
 * The caller checks access; {@code aggregatesOnly} hides figures from fewer than 5 persons.
 */
@Service
public class RosterFigures {

    private final RosterFigureCalculation calculation;

    RosterFigures(RosterFigureCalculation calculation) {
        this.calculation = calculation;
    }

    /** Empty when no roster in the scope is published for any day of the range. */
    public Optional<RosterFigureSet> of(String unitId, LocalDate from, LocalDate to, boolean aggregatesOnly) {
        return calculation.figures(unitId, from, to).map(f -> aggregatesOnly ? f.withSmallCellsHidden() : f);
    }
}
