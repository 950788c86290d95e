package dk.tilknyt.conversations.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import dk.tilknyt.conversations.domain.ClosedReason;
import dk.tilknyt.conversations.domain.ItemKind;
import dk.tilknyt.conversations.domain.ItemStatus;

/**
 * Share of items held on time, per unit and per kind. Counted: items due in the period (and before today)
 * that were owed, i.e. not closed before their due date (a spell that ended first, an employment that
 * ended first). On time: done on or before the due date. A spell that ended after the due date without a
 * conversation counts as missed.
 */
@Service
public class CompletionReport {

    /** One line: items owed, held on time, held late, and not held. */
    public record Line(String group, int owed, int onTime, int late, int missed) {

        public Double onTimePct() {
            return owed == 0 ? null : Math.round(onTime * 1000.0 / owed) / 10.0;
        }

        Line plus(InboxItem item) {
            boolean done = item.status() == ItemStatus.DONE;
            return new Line(group, owed + 1, onTime + (item.doneOnTime() ? 1 : 0),
                    late + (done && !item.doneOnTime() ? 1 : 0), missed + (done ? 0 : 1));
        }
    }

    public record Report(List<Line> units, List<Line> kinds, Line total) {
    }

    private final ItemStore items;

    CompletionReport(ItemStore items) {
        this.items = items;
    }

    public Report report(Collection<String> unitsOrNull, LocalDate from, LocalDate to, LocalDate today) {
        LocalDate until = to.isBefore(today) ? to : today.minusDays(1);
        java.util.Set<String> units = unitsOrNull == null ? null : java.util.Set.copyOf(unitsOrNull);
        List<InboxItem> owed = from.isAfter(until) ? List.of()
                : items.list(new InboxFilter(units, from, until, null, null, null, today, 1_000_000)).stream()
                        .filter(CompletionReport::wasOwed).toList();
        Map<String, Line> byUnit = group(owed, InboxItem::unitId);
        Map<String, Line> byKind = group(owed, i -> i.kind().code());
        Line total = new Line("total", 0, 0, 0, 0);
        for (InboxItem item : owed) {
            total = total.plus(item);
        }
        List<Line> kinds = new ArrayList<>();
        Map<ItemKind, Line> ordered = new EnumMap<>(ItemKind.class);
        byKind.forEach((code, line) -> ordered.put(ItemKind.fromCode(code).orElseThrow(), line));
        kinds.addAll(ordered.values());
        return new Report(List.copyOf(byUnit.values()), kinds, total);
    }

    /** Not owed: closed on or before the due date (returned, left, moved, renewed or not owed). */
    static boolean wasOwed(InboxItem item) {
        if (item.status() != ItemStatus.CLOSED) {
            return true;
        }
        return item.closedReason() == ClosedReason.RETURNED && item.closedOn() != null && item.closedOn().isAfter(item.dueDate());
    }

    private static Map<String, Line> group(List<InboxItem> owed, Function<InboxItem, String> key) {
        Map<String, Line> lines = new TreeMap<>();
        for (InboxItem item : owed) {
            String k = key.apply(item);
            lines.put(k, lines.getOrDefault(k, new Line(k, 0, 0, 0, 0)).plus(item));
        }
        return lines;
    }
}
