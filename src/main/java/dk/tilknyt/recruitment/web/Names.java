package dk.tilknyt.recruitment.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import dk.tilknyt.org.JobFamily;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgTree;

/** Display names of units and job families for one request's language. */
public final class Names {

    private final OrgDirectory org;
    private final OrgTree tree;
    private final Locale locale;

    Names(OrgDirectory org, Locale locale) {
        this.org = org;
        this.tree = org.tree();
        this.locale = locale;
    }

    public String unit(String unitId) {
        return tree.name(unitId);
    }

    public String family(String code) {
        return org.jobFamily(code).map(f -> f.name(locale)).orElse(code);
    }

    /** Weekly hours as people write them: 37, 32,5 (Danish) or 32.5 (English). */
    public String hours(BigDecimal hours) {
        if (hours == null) {
            return "";
        }
        String plain = hours.stripTrailingZeros().toPlainString();
        return "da".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    public List<JobFamily> families() {
        return org.jobFamilies();
    }

    public String familyName(JobFamily family) {
        return family.name(locale);
    }
}
