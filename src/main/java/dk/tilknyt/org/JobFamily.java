package dk.tilknyt.org;

import java.util.Locale;

/** An entry of the job-family catalogue (faggruppe), e.g. {@code sosu_assistant}. */
public record JobFamily(String code, String nameDa, String nameEn, int sortOrder) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDa;
    }
}
