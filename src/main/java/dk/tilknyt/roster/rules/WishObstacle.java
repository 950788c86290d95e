package dk.tilknyt.roster.rules;

import java.util.Map;
import java.util.stream.Collectors;

import dk.tilknyt.roster.solver.Shift;
import dk.tilknyt.roster.solver.Skill;

/**
 * Why a wish was not granted.
 *
 * @param shift     the shift concerned: the one the person got despite the wish, or one they wished for
 * @param needed    slots on that shift needing {@code skill}
 * @param available colleagues (for a refused day off) or shifts (for a wished shift) that were free to use
 * @param blockedBy how many of the others were blocked, by the first rule they would break
 */
public record WishObstacle(Kind kind, Shift shift, Skill skill, int needed, int available,
                           Map<HardRule, Integer> blockedBy) {

    public enum Kind {
        /** No qualified colleague could take the person's shift without breaking a hard rule. */
        NEEDED_ON_SHIFT,
        /** The person is absent that day. */
        ABSENT,
        /** No shift that day (in the wished layer) needs the person's skills. */
        NO_SUCH_SHIFT,
        /** Every wished shift would break a hard rule for the person. */
        RULE,
        /** The person already reaches their contracted hours. */
        HOURS_REACHED,
        /** It was possible; the optimiser weighed it against hours, other wishes and fair spread. */
        TRADE_OFF
    }

    public WishObstacle {
        blockedBy = Map.copyOf(blockedBy);
    }

    public static WishObstacle of(Kind kind) {
        return new WishObstacle(kind, null, null, 0, 0, Map.of());
    }

    /** The rule that blocked most, when one did. */
    public HardRule mainRule() {
        return blockedBy.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    public String describe() {
        return switch (kind) {
            case NEEDED_ON_SHIFT -> "demand on " + shift.date() + " " + shift.id() + " needs " + needed + " " + skill
                    + "; no other " + skill + " could take the shift" + blockedText();
            case ABSENT -> "absent that day";
            case NO_SUCH_SHIFT -> "no shift that day needs the person's skills";
            case RULE -> "every wished shift would break a rule" + blockedText();
            case HOURS_REACHED -> "contracted hours already reached";
            case TRADE_OFF -> "possible, but weighed against hours, other wishes and fair spread ("
                    + available + " alternatives)";
        };
    }

    private String blockedText() {
        if (blockedBy.isEmpty()) {
            return "";
        }
        return " (" + blockedBy.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().code())
                .sorted()
                .collect(Collectors.joining(", ")) + ")";
    }
}
