package dk.tilknyt.keyfigures.trend;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import dk.tilknyt.absence.AbsencesChanged;
import dk.tilknyt.keyfigures.AgeBand;
import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.FigureQuery;
import dk.tilknyt.keyfigures.FigureValue;
import dk.tilknyt.keyfigures.KeyFigures;
import dk.tilknyt.org.OrgUnitsChanged;
import dk.tilknyt.people.EmploymentsChanged;
import dk.tilknyt.recruitment.RecruitmentChanged;
import dk.tilknyt.shared.DateRange;

/**
 * Rolling 12-month figures at month ends, for sparklines, goal trends and the board view. Each point
 * is every figure over the 12 whole months ending on that month end; points are cached per unit, filter
 * and month end until the data change (the same events that make the figure snapshot stale) or the
 * day changes (open absences count up to today).
 */
@Component
public class RollingSeries {

    private static final int CACHED_POINTS = 4000;

    private final KeyFigures keyFigures;
    private final Clock clock;
    private final Map<Key, Map<FigureCode, FigureValue>> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Map<FigureCode, FigureValue>> eldest) {
            return size() > CACHED_POINTS;
        }
    };

    RollingSeries(KeyFigures keyFigures, Clock clock) {
        this.keyFigures = keyFigures;
        this.clock = clock;
    }

    /** One point of the series: every figure over the 12 months ending on {@code monthEnd}. */
    public record Point(LocalDate monthEnd, Map<FigureCode, FigureValue> figures) {

        public FigureValue figure(FigureCode code) {
            return figures.get(code);
        }
    }

    /** The month end on or before the day: a period ending on 31 December gives 31 December. */
    public static LocalDate monthEndOnOrBefore(LocalDate day) {
        LocalDate end = day.with(TemporalAdjusters.lastDayOfMonth());
        return end.equals(day) ? day : day.withDayOfMonth(1).minusDays(1);
    }

    /** The 12 whole months ending on a month end. */
    public static DateRange twelveMonthsTo(LocalDate monthEnd) {
        return DateRange.of(monthEnd.plusDays(1).minusMonths(12), monthEnd);
    }

    /** The last whole month before today, the board's "last month". */
    public DateRange lastWholeMonth() {
        LocalDate end = LocalDate.now(clock).withDayOfMonth(1).minusDays(1);
        return DateRange.of(end.withDayOfMonth(1), end);
    }

    /** The month end of the last whole month before today. */
    public LocalDate lastMonthEnd() {
        return lastWholeMonth().to();
    }

    /** {@code months} points, oldest first, the last one on {@code lastMonthEnd}. */
    public List<Point> series(String unitId, String jobFamily, AgeBand ageBand, LocalDate lastMonthEnd, int months) {
        List<Point> points = new ArrayList<>(months);
        for (int i = months - 1; i >= 0; i--) {
            LocalDate monthEnd = lastMonthEnd.minusMonths(i).with(TemporalAdjusters.lastDayOfMonth());
            points.add(point(unitId, jobFamily, ageBand, monthEnd));
        }
        return points;
    }

    public Point point(String unitId, String jobFamily, AgeBand ageBand, LocalDate monthEnd) {
        Key key = new Key(unitId, jobFamily, ageBand, monthEnd, LocalDate.now(clock));
        Map<FigureCode, FigureValue> figures;
        synchronized (cache) {
            figures = cache.get(key);
        }
        if (figures == null) {
            figures = keyFigures.compute(new FigureQuery(unitId, twelveMonthsTo(monthEnd), jobFamily, ageBand, Set.of()));
            synchronized (cache) {
                cache.put(key, figures);
            }
        }
        return new Point(monthEnd, figures);
    }

    private void forget() {
        synchronized (cache) {
            cache.clear();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrgUnitsChanged event) {
        forget();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(EmploymentsChanged event) {
        forget();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AbsencesChanged event) {
        forget();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RecruitmentChanged event) {
        forget();
    }

    private record Key(String unitId, String jobFamily, AgeBand ageBand, LocalDate monthEnd, LocalDate today) {
    }
}
