package dk.tilknyt.roster.solver;

import java.util.Objects;

/**
 * What a shift slot requires and a person brings: a job family code ({@code sosu_assistant}, {@code nurse})
 * or an extra competence ({@code medicine}). {@code care} is the competence every care worker has, for
 * slots any of them can fill.
 */
public record Skill(String code) {

    public static final Skill CARE = new Skill("care");
    public static final Skill SOSU_HELPER = new Skill("sosu_helper");
    public static final Skill SOSU_ASSISTANT = new Skill("sosu_assistant");
    public static final Skill NURSE = new Skill("nurse");
    public static final Skill MEDICINE = new Skill("medicine");

    public Skill {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("A skill needs a code");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
