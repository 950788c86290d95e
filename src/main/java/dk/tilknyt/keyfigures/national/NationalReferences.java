package dk.tilknyt.keyfigures.national;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.shared.InvalidInputException;

/**
 * National reference figures: the shipped {@code reference/national-reference.csv}, overridden row by
 * row (same year, measure and job families) by what HR has imported. CSV: {@code year;measure;
 * population;job_families;value;source}, job families separated by {@code |}.
 */
@Service
public class NationalReferences {

    static final List<String> HEADER = List.of("year", "measure", "population", "job_families", "value", "source");
    private static final String SHIPPED = "reference/national-reference.csv";

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final Clock clock;
    private volatile List<NationalReference> shipped;

    NationalReferences(JdbcClient jdbc, OrgDirectory org, Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.clock = clock;
    }

    /** Every reference in force, newest year first. */
    public List<NationalReference> all() {
        Map<String, NationalReference> byKey = new LinkedHashMap<>();
        for (NationalReference r : shipped()) {
            byKey.put(key(r), r);
        }
        for (NationalReference r : imported()) {
            byKey.put(key(r), r);
        }
        return byKey.values().stream()
                .sorted(Comparator.comparingInt(NationalReference::year).reversed()
                        .thenComparing(r -> r.measure().ordinal()))
                .toList();
    }

    /** The newest reference for the measure that describes the same population, if any. */
    public Optional<NationalReference> matching(FigureCode measure, String jobFamily) {
        return all().stream().filter(r -> r.measure() == measure && r.matches(jobFamily)).findFirst();
    }

    /** Reads the whole file first and stores nothing when a line is wrong; returns the rows stored. */
    @Transactional
    public int importCsv(InputStream in, String username) {
        List<NationalReference> rows = parse(in);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (NationalReference r : rows) {
            jdbc.sql("delete from national_reference where ref_year = ? and measure = ? and job_families = ?")
                    .params(r.year(), r.measure().code(), r.jobFamilyKey()).update();
            jdbc.sql("""
                    insert into national_reference (ref_year, measure, population, job_families, ref_value, source,
                        imported_by, imported_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(r.year(), r.measure().code(), r.population(), r.jobFamilyKey(), r.value(), r.source(),
                            username, now)
                    .update();
        }
        return rows.size();
    }

    List<NationalReference> parse(InputStream in) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true).get().parse(reader)) {
            List<NationalReference> rows = new ArrayList<>();
            boolean header = true;
            for (CSVRecord record : csv) {
                if (header) {
                    checkHeader(record);
                    header = false;
                } else if (!(record.size() == 1 && record.get(0).isBlank())) {
                    rows.add(row(record));
                }
            }
            if (header) {
                throw bad("keyfigures.national.error.empty", "The file is empty.", 0);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw bad("keyfigures.national.error.unreadable", "The file could not be read as CSV: " + e.getMessage(), 0);
        }
    }

    private static void checkHeader(CSVRecord record) {
        List<String> names = record.toList().stream().map(s -> s.replace("\uFEFF", "").trim()).toList();
        if (!names.equals(HEADER)) {
            throw bad("keyfigures.national.error.header", "The first line must be: " + String.join(";", HEADER), 1);
        }
    }

    private NationalReference row(CSVRecord record) {
        int line = (int) record.getRecordNumber();
        if (record.size() != HEADER.size()) {
            throw bad("keyfigures.national.error.columns", "Line " + line + " must have " + HEADER.size() + " columns.", line);
        }
        int year;
        try {
            year = Integer.parseInt(record.get(0));
        } catch (NumberFormatException e) {
            throw bad("keyfigures.national.error.year", "Line " + line + ": the year is not a number.", line);
        }
        if (year < 1900 || year > 2199) {
            throw bad("keyfigures.national.error.year", "Line " + line + ": the year is not a number.", line);
        }
        FigureCode measure = FigureCode.fromCode(record.get(1)).orElseThrow(() ->
                bad("keyfigures.national.error.measure", "Line " + line + ": unknown measure " + record.get(1) + ".", line));
        List<String> families = record.get(3).isBlank() ? List.of()
                : Arrays.stream(record.get(3).split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String family : families) {
            if (org != null && !org.isJobFamily(family)) {
                throw bad("keyfigures.national.error.jobFamily", "Line " + line + ": unknown job family " + family + ".", line);
            }
        }
        BigDecimal value;
        try {
            value = new BigDecimal(record.get(4).replace(',', '.'));
        } catch (NumberFormatException e) {
            throw bad("keyfigures.national.error.value", "Line " + line + ": the value is not a number.", line);
        }
        String population = record.get(2);
        String source = record.get(5);
        if (population.isBlank() || source.isBlank() || population.length() > 300 || source.length() > 1000) {
            throw bad("keyfigures.national.error.text", "Line " + line + ": population and source must be given.", line);
        }
        return new NationalReference(year, measure, population, families, value, source);
    }

    private List<NationalReference> shipped() {
        List<NationalReference> rows = shipped;
        if (rows == null) {
            try (InputStream in = new ClassPathResource(SHIPPED).getInputStream()) {
                rows = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shipped = rows;
        }
        return rows;
    }

    private List<NationalReference> imported() {
        return jdbc.sql("select ref_year, measure, population, job_families, ref_value, source from national_reference")
                .query((rs, n) -> {
                    String families = rs.getString(4);
                    return new Imported(rs.getInt(1), rs.getString(2), rs.getString(3),
                            families.isEmpty() ? List.of() : List.of(families.split("\\|")),
                            rs.getBigDecimal(5).stripTrailingZeros(), rs.getString(6));
                })
                .list().stream()
                .flatMap(r -> FigureCode.fromCode(r.measure()).map(code -> new NationalReference(r.year(), code,
                        r.population(), r.jobFamilies(), r.value(), r.source())).stream())
                .toList();
    }

    private record Imported(int year, String measure, String population, List<String> jobFamilies, BigDecimal value,
            String source) {
    }

    private static String key(NationalReference r) {
        return r.year() + ";" + r.measure().code() + ";" + r.jobFamilyKey();
    }

    private static BadFile bad(String key, String message, int line) {
        return new BadFile(key, message, line);
    }

    /** A file that cannot be imported; {@link #line()} (1 = the header, 0 = the whole file) goes into the message. */
    public static final class BadFile extends InvalidInputException {

        private final int line;

        BadFile(String key, String message, int line) {
            super(key, message, true);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
