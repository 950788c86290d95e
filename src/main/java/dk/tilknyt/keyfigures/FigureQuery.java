package dk.tilknyt.keyfigures;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import dk.tilknyt.shared.DateRange;

/**
 * What to compute: a scope (the unit and its subtree), a period (both ends inclusive), optional
 * filters and the figures wanted ({@code codes} empty = all of them).
 */
public record FigureQuery(String unitId, DateRange period, String jobFamily, AgeBand ageBand, Set<FigureCode> codes) {

    public FigureQuery {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(period, "period");
        codes = codes == null || codes.isEmpty() ? EnumSet.allOf(FigureCode.class) : EnumSet.copyOf(codes);
    }

    /** Every figure for the scope and period, without filters. */
    public static FigureQuery all(String unitId, DateRange period) {
        return new FigureQuery(unitId, period, null, null, Set.of());
    }

    public boolean wants(FigureCode code) {
        return codes.contains(code);
    }
}
