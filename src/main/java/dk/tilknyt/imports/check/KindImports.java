package dk.tilknyt.imports.check;

import java.time.Clock;

import org.springframework.stereotype.Component;

import dk.tilknyt.absence.AbsenceWriter;
import dk.tilknyt.absence.Absences;
import dk.tilknyt.imports.ImportKind;
import dk.tilknyt.imports.ImportMode;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgUnitWriter;
import dk.tilknyt.people.EmploymentWriter;
import dk.tilknyt.people.Staff;
import dk.tilknyt.recruitment.Recruitment;
import dk.tilknyt.recruitment.RecruitmentWriter;

/** Makes a fresh {@link KindImport} for each run, with what its kind reads and writes. */
@Component
public class KindImports {

    private final OrgDirectory directory;
    private final Staff staff;
    private final Absences absences;
    private final Recruitment recruitment;
    private final OrgUnitWriter orgUnits;
    private final EmploymentWriter employments;
    private final AbsenceWriter absenceWriter;
    private final RecruitmentWriter recruitmentWriter;
    private final Clock clock;

    KindImports(OrgDirectory directory, Staff staff, Absences absences, Recruitment recruitment, OrgUnitWriter orgUnits,
                EmploymentWriter employments, AbsenceWriter absenceWriter, RecruitmentWriter recruitmentWriter,
                Clock clock) {
        this.directory = directory;
        this.staff = staff;
        this.absences = absences;
        this.recruitment = recruitment;
        this.orgUnits = orgUnits;
        this.employments = employments;
        this.absenceWriter = absenceWriter;
        this.recruitmentWriter = recruitmentWriter;
        this.clock = clock;
    }

    public KindImport create(ImportKind kind, ImportMode mode) {
        return switch (kind) {
            case ORG_UNITS -> new OrgUnitsImport(mode, orgUnits, staff, recruitment);
            case EMPLOYMENTS -> new EmploymentsImport(mode, directory, orgUnits, staff, absences, employments, clock);
            case ABSENCES -> new AbsencesImport(mode, staff, absences, absenceWriter);
            case POSTINGS -> new PostingsImport(mode, directory, orgUnits, recruitment, recruitmentWriter);
            case APPLICATIONS -> new ApplicationsImport(mode, recruitment, recruitmentWriter);
        };
    }
}
