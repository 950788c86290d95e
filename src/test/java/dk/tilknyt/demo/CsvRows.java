package dk.tilknyt.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a generated file back as rows of named cells, the way an importer sees it. */
record CsvRows(List<Map<String, String>> rows) {

    static CsvRows read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(reader)) {
                rows.add(record.toMap());
            }
            return new CsvRows(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDate date(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isEmpty() ? null : LocalDate.parse(value);
    }
}
