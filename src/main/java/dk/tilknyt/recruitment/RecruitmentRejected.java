package dk.tilknyt.recruitment;

import java.util.List;
import java.util.stream.Collectors;

import dk.tilknyt.shared.InvalidInputException;

/**
 * Input or a state change the recruitment rules refuse (422): every problem found, each with the field it
 * belongs to (null when it concerns the whole posting or application) and a message key with arguments.
 * Nothing has been stored when it is thrown.
 */
public class RecruitmentRejected extends InvalidInputException {

    /** One thing to correct; {@code key} is in i18n/recruitment*.properties. */
    public record Problem(String field, String key, List<Object> args) {

        public Problem {
            args = List.copyOf(args);
        }

        public static Problem of(String field, String key, Object... args) {
            return new Problem(field, key, List.of(args));
        }
    }

    private final List<Problem> problems;

    public RecruitmentRejected(List<Problem> problems) {
        super(problems.getFirst().key(), problems.stream().map(Problem::key).collect(Collectors.joining(", ")), true);
        this.problems = List.copyOf(problems);
    }

    /** A refused state change, not tied to a field: "a closed posting cannot be re-posted". */
    public static RecruitmentRejected because(String key, Object... args) {
        return new RecruitmentRejected(List.of(Problem.of(null, key, args)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
