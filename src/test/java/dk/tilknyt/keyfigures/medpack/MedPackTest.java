package dk.tilknyt.keyfigures.medpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.KeyFigureTest;
import dk.tilknyt.keyfigures.targets.Target;
import dk.tilknyt.keyfigures.targets.TargetStore.NewTarget;
import dk.tilknyt.keyfigures.targets.Targets;
import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.DatabaseCleaner;

/** The MED pack download: who may have which scope's pack, what it says, and what the works council does not see. */
@KeyFigureTest
class MedPackTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserAdministration users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MockMvc mvc;
    @Autowired
    Targets targets;

    @BeforeEach
    void area() {
        DatabaseCleaner.clean(dataSource);
        new MedArea(jdbc, events, users);
    }

    @Test
    void packIsAPdfAttachmentNamedAfterTheUnitAndPeriodEnd() throws Exception {
        byte[] pdf = mvc.perform(as("hr", get("/keyfigures/medpack.pdf").param("unit", "omr")
                        .param("from", "2025-01-01").param("to", "2025-12-31")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"med-pakke-omr-2025-12-31.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(Arrays.copyOf(pdf, 4), StandardCharsets.US_ASCII)).isEqualTo("%PDF");
    }

    @Test
    void packEmbedsLiberationSansWhereTheMachineHasIt() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")));
        byte[] pdf = pack("hr", "omr", null);
        assertThat(fontNames(pdf)).isNotEmpty().allMatch(name -> name.contains("LiberationSans"));
    }

    @Test
    void packNamesTheUnitItsFiguresAndItsChildUnitsInDanish() throws Exception {
        String text = text(pack("leader-omr", "omr", null));
        assertThat(text).contains("MED-pakke", "Område Nord", "2025-01-01 til 2025-12-31", "Udarbejdet", "2026-01-15",
                "Personaleomsætning", "Sygefraværsprocent", "Antal ansatte", "Bakkehuset", "Skovly", "Hele enheden",
                "Mål og fremdrift", "Diagrammer");
    }

    @Test
    void packIsInEnglishForAnEnglishReader() throws Exception {
        String text = text(pack("hr", "omr", Locale.ENGLISH));
        assertThat(text).contains("MED pack", "Område Nord", "Goals and progress", "Comparison of child units");
    }

    @Test
    void worksCouncilSeesADashWhereHrSeesTheHeadcountOfASmallUnit() throws Exception {
        // the line reads: name, value, unit, last year, change, national reference
        assertThat(line(text(pack("hr", "u2", null)), "Antal ansatte")).startsWith("Antal ansatte2personer2");
        assertThat(line(text(pack("council-omr", "u2", null)), "Antal ansatte")).startsWith("Antal ansatte–personer–");
        assertThat(text(pack("council-omr", "u2", null))).contains("færre end 5 personer er skjult");
    }

    @Test
    void comparisonHidesTheSmallUnitForEveryone() throws Exception {
        // Engen (2 persons) is hidden, and Bakkehuset (6) with it as the smallest other part; Skovly (7) is shown
        String text = text(pack("hr", "omr", null));
        assertThat(line(text, "Engen")).doesNotContainPattern("[0-9]");
        assertThat(line(text, "Bakkehuset")).doesNotContainPattern("[0-9]");
        assertThat(line(text, "Skovly")).startsWith("Skovly 7 ");
    }

    @Test
    void goalsShowTheirTargetAndStatus() throws Exception {
        targets.set(new NewTarget("omr", FigureCode.HEADCOUNT, Target.Kind.ABSOLUTE, Target.Direction.AT_LEAST,
                new BigDecimal("10"), null, LocalDate.parse("2027-12-31"), false), "hr");
        String text = text(pack("hr", "omr", null));
        // figure, goal, baseline (none for an absolute target), target value, current value
        assertThat(line(text, "Antal ansattemindst 10")).isEqualTo("Antal ansattemindst 10–1015");
        assertThat(text).contains("Nået", "2027-12-31");
    }

    @Test
    void anotherAreasPackDoesNotExistForALeaderOrTheWorksCouncil() throws Exception {
        mvc.perform(as("leader-omr", get("/keyfigures/medpack.pdf").param("unit", "syd"))).andExpect(status().isNotFound());
        mvc.perform(as("council-omr", get("/keyfigures/medpack.pdf").param("unit", "u4"))).andExpect(status().isNotFound());
    }

    @Test
    void plannersAndEmployeesMayNotHaveAPack() throws Exception {
        mvc.perform(as("planner-omr", get("/keyfigures/medpack.pdf").param("unit", "omr"))).andExpect(status().isForbidden());
        mvc.perform(as("employee", get("/keyfigures/medpack.pdf").param("unit", "u1"))).andExpect(status().isForbidden());
    }

    @Test
    void badDatesAreABadRequest() throws Exception {
        mvc.perform(as("hr", get("/keyfigures/medpack.pdf").param("unit", "omr").param("from", "2025-13-01")))
                .andExpect(status().isBadRequest());
        mvc.perform(as("hr", get("/keyfigures/medpack.pdf").param("unit", "omr").param("from", "2025-12-01")
                .param("to", "2025-01-31"))).andExpect(status().isBadRequest());
    }

    private byte[] pack(String username, String unit, Locale locale) throws Exception {
        MockHttpServletRequestBuilder request = get("/keyfigures/medpack.pdf").param("unit", unit)
                .param("from", "2025-01-01").param("to", MedArea.periodEnd().toString());
        if (locale != null) {
            request = request.param("lang", locale.getLanguage());
        }
        return mvc.perform(as(username, request)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    static String text(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        }
    }

    /** The base font of every font dictionary in the document, e.g. {@code ABCDEF+LiberationSans}. */
    private static java.util.List<String> fontNames(byte[] pdf) throws IOException {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (PdfReader reader = new PdfReader(pdf)) {
            for (int i = 1; i < reader.getXrefSize(); i++) {
                if (reader.getPdfObject(i) instanceof PdfDictionary dictionary
                        && PdfName.FONT.equals(dictionary.get(PdfName.TYPE)) && dictionary.get(PdfName.BASEFONT) != null) {
                    names.add(dictionary.get(PdfName.BASEFONT).toString());
                }
            }
        }
        return names;
    }

    /** The first line of the text that starts with the given label. */
    private static String line(String text, String label) {
        return text.lines().map(String::strip).filter(l -> l.startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + label + " in:\n" + text));
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername(username)));
    }
}
