package dk.tilknyt.conversations.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.tilknyt.conversations.domain.Agreement;
import dk.tilknyt.shared.InvalidInputException;

/** §56 agreements: that one exists and when it runs (two years at a time), never why. */
@Repository
public class AgreementStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    AgreementStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<Agreement> forPerson(String personId) {
        return jdbc.sql("select id, person_id, valid_from, expires_on from sickness_agreement where person_id = ? order by valid_from")
                .param(personId).query(AgreementStore::agreement).list();
    }

    public Map<String, List<Agreement>> all() {
        return jdbc.sql("select id, person_id, valid_from, expires_on from sickness_agreement order by valid_from")
                .query(AgreementStore::agreement).list().stream()
                .collect(Collectors.groupingBy(Agreement::personId));
    }

    public void record(String personId, LocalDate validFrom, LocalDate expiresOn, String by) {
        if (validFrom == null || expiresOn == null || expiresOn.isBefore(validFrom)) {
            throw InvalidInputException.unprocessable("conv.agreement.datesInvalid",
                    "An agreement needs a first day and an expiry on or after it.");
        }
        if (expiresOn.isAfter(validFrom.plusYears(2))) {
            throw InvalidInputException.unprocessable("conv.agreement.tooLong", "A §56 agreement runs for at most two years.");
        }
        jdbc.sql("insert into sickness_agreement (person_id, valid_from, expires_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?)")
                .params(personId, validFrom, expiresOn, by, OffsetDateTime.now(clock)).update();
    }

    private static Agreement agreement(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Agreement(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class));
    }
}
