package dk.tilknyt.conversations.survey;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import dk.tilknyt.conversations.domain.ReasonTable;

/** Reasons by scope, job family, tenure band or age band, suppressed below 5 answers. */
@Service
public class ReasonReport {

    public enum GroupBy {
        NONE(a -> "all"), JOB_FAMILY(AnswerStore.Analysed::jobFamily), TENURE(AnswerStore.Analysed::tenureBand),
        AGE_BAND(a -> a.ageBand() == null ? "unknown" : a.ageBand()), UNIT(AnswerStore.Analysed::unitId);

        private final Function<AnswerStore.Analysed, String> group;

        GroupBy(Function<AnswerStore.Analysed, String> group) {
            this.group = group;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<GroupBy> fromCode(String code) {
            if (code == null || code.isBlank()) {
                return Optional.of(NONE);
            }
            try {
                return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    private final AnswerStore answers;

    ReasonReport(AnswerStore answers) {
        this.answers = answers;
    }

    /** {@code source == null}: every source. */
    public ReasonTable.Result table(Collection<String> unitsOrNull, LocalDate from, LocalDate to,
                                    AnswerStore.Source source, GroupBy by) {
        return ReasonTable.of(answers.answers(unitsOrNull, from, to).stream()
                .filter(a -> source == null || a.source() == source)
                .map(a -> new ReasonTable.Answer(by.group.apply(a), a.reasons(), a.wouldComeBack()))
                .toList());
    }
}
