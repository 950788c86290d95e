package dk.tilknyt.recruitment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why an applicant withdrew (import-format.md, applications.withdrawn_reason). */
public enum WithdrawalReason {
    OTHER_JOB, SALARY, HOURS, COMMUTE, CHANGED_MIND, NO_SHOW, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WithdrawalReason> fromCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.code().equals(code.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
