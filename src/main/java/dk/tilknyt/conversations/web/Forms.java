package dk.tilknyt.conversations.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import dk.tilknyt.conversations.domain.ArrangementKind;
import dk.tilknyt.conversations.domain.ExitReason;

/** The module's form records, bound from the posted fields. */
final class Forms {

    private Forms() {
    }

    /** A held conversation or a done task. */
    record RecordForm(@DateTimeFormat(iso = ISO.DATE) LocalDate heldOn, Boolean byPhone,
                      @DateTimeFormat(iso = ISO.DATE) LocalDate followUpOn, String mentor, String notes,
                      Set<ArrangementKind> arrangements, @DateTimeFormat(iso = ISO.DATE) LocalDate reviewOn) {

        RecordForm {
            arrangements = arrangements == null ? Set.of() : Set.copyOf(arrangements);
        }

        static RecordForm blank(LocalDate today) {
            return new RecordForm(today, false, null, null, null, Set.of(), null);
        }
    }

    record ExitForm(@DateTimeFormat(iso = ISO.DATE) LocalDate heldOn, Set<ExitReason> reasons, Boolean wouldComeBack,
                    Boolean couldHaveKept, String outcome, String notes) {

        ExitForm {
            reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
        }

        static ExitForm blank(LocalDate today) {
            return new ExitForm(today, Set.of(), null, null, null, null);
        }
    }

    record DecisionForm(String decision, String reason) {
    }

    record HoursForm(String employmentId, @DateTimeFormat(iso = ISO.DATE) LocalDate from, BigDecimal hours) {
    }

    record AgreementForm(@DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
                         @DateTimeFormat(iso = ISO.DATE) LocalDate expiresOn) {
    }

    record SurveyForm(Set<ExitReason> reasons, Boolean wouldComeBack, String comment) {

        SurveyForm {
            reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
        }
    }
}
