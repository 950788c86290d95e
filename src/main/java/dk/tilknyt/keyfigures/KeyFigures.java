package dk.tilknyt.keyfigures;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import dk.tilknyt.keyfigures.domain.FigureEngine;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * The key figures of key-figures.md for a scope, period and filter: what the API, dashboards,
 * comparisons, targets and the board view all read. Access checks are the caller's business (a page
 * or endpoint calls {@code AccessGuard} first); this facade only checks that the query makes sense.
 */
@Service
public class KeyFigures {

    private final FigureData data;
    private final OrgDirectory org;

    KeyFigures(FigureData data, OrgDirectory org) {
        this.data = data;
        this.org = org;
    }

    public Map<FigureCode, FigureValue> compute(FigureQuery query) {
        Set<String> scope = org.subtree(query.unitId());
        if (scope.isEmpty()) {
            throw new NotFoundException("Unit", query.unitId());
        }
        if (query.jobFamily() != null && !org.isJobFamily(query.jobFamily())) {
            throw new InvalidInputException("keyfigures.error.jobFamily", "Unknown job family: " + query.jobFamily());
        }
        return FigureEngine.compute(data.snapshot(), scope, query.jobFamily(), query.ageBand(), query.period(),
                query.codes());
    }
}
