package dk.tilknyt.keyfigures.web;

import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

import dk.tilknyt.keyfigures.AgeBand;
import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.FigureQuery;
import dk.tilknyt.shared.DateRange;

/** What a key-figure page shows: a scope, a period and the optional filters, as read from its GET form. */
record PageFilter(String unitId, DateRange period, String jobFamily, AgeBand ageBand) {

    FigureQuery query() {
        return new FigureQuery(unitId, period, jobFamily, ageBand, Set.of());
    }

    FigureQuery query(Set<FigureCode> codes) {
        return new FigureQuery(unitId, period, jobFamily, ageBand, codes);
    }

    PageFilter forUnit(String otherUnit) {
        return new PageFilter(otherUnit, period, jobFamily, ageBand);
    }

    PageFilter lastYear() {
        return new PageFilter(unitId, period.minusYears(1), jobFamily, ageBand);
    }

    /** A link to a page with the same filter, e.g. {@code link("/keyfigures/compare")}. */
    String link(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("unit", unitId)
                .queryParam("from", period.from()).queryParam("to", period.to());
        if (jobFamily != null) {
            uri.queryParam("jobFamily", jobFamily);
        }
        if (ageBand != null) {
            uri.queryParam("ageBand", ageBand.code());
        }
        return uri.encode().build().toUriString();
    }
}
