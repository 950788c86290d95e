package dk.tilknyt.conversations.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reasons counted per group with small-cell suppression: a group of fewer than 5 answers shows nothing
 * (key-figures.md, "Privacy of aggregates"). The total minus the visible groups gives the hidden groups
 * together, so further groups (smallest first) are hidden until the hidden ones hold 5 answers or more.
 */
public final class ReasonTable {

    public static final int MIN_ANSWERS = 5;

    /** One answer as the analysis sees it: its group, its reasons and "would come back" (null: not asked). */
    public record Answer(String group, Set<ExitReason> reasons, Boolean wouldComeBack) {
    }

    /** A group's counts; all null when suppressed. */
    public record Row(String group, int answers, boolean suppressed, Map<ExitReason, Integer> reasons,
                      Integer wouldComeBack) {

        public Integer count(ExitReason reason) {
            return suppressed ? null : reasons.getOrDefault(reason, 0);
        }
    }

    public record Result(List<Row> groups, Row total) {
    }

    private ReasonTable() {
    }

    public static Result of(List<Answer> answers) {
        Map<String, List<Answer>> byGroup = new LinkedHashMap<>();
        answers.stream().sorted(Comparator.comparing(Answer::group))
                .forEach(a -> byGroup.computeIfAbsent(a.group(), g -> new ArrayList<>()).add(a));
        List<Row> rows = new ArrayList<>();
        byGroup.forEach((group, list) -> rows.add(row(group, list, list.size() < MIN_ANSWERS)));
        Row total = row("total", answers, answers.size() < MIN_ANSWERS);
        while (!total.suppressed() && hiddenAnswers(rows) > 0 && hiddenAnswers(rows) < MIN_ANSWERS) {
            Row smallest = rows.stream().filter(r -> !r.suppressed())
                    .min(Comparator.comparingInt(Row::answers)).orElseThrow();
            rows.replaceAll(r -> r == smallest ? suppressed(r) : r);
        }
        if (total.suppressed()) {
            rows.replaceAll(ReasonTable::suppressed);
        }
        return new Result(List.copyOf(rows), total);
    }

    /** Answers in hidden groups: the total minus the visible groups reveals their sum, so it must be 5 or more. */
    private static int hiddenAnswers(List<Row> rows) {
        return rows.stream().filter(Row::suppressed).mapToInt(Row::answers).sum();
    }

    private static Row row(String group, List<Answer> answers, boolean suppressed) {
        if (suppressed) {
            return new Row(group, answers.size(), true, Map.of(), null);
        }
        Map<ExitReason, Integer> counts = new EnumMap<>(ExitReason.class);
        int comeBack = 0;
        for (Answer a : answers) {
            a.reasons().forEach(r -> counts.merge(r, 1, Integer::sum));
            comeBack += Boolean.TRUE.equals(a.wouldComeBack()) ? 1 : 0;
        }
        return new Row(group, answers.size(), false, counts, comeBack);
    }

    private static Row suppressed(Row r) {
        return new Row(r.group(), r.answers(), true, Map.of(), null);
    }
}
