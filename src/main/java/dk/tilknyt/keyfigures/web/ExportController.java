package dk.tilknyt.keyfigures.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.tilknyt.shared.Spreadsheets;
import dk.tilknyt.keyfigures.FigureCode;
import dk.tilknyt.keyfigures.FigureValue;
import dk.tilknyt.keyfigures.compare.Comparison;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.Role;
import jakarta.servlet.http.HttpServletResponse;

/** The dashboard's and the comparison's tables as XLSX, with the same access and suppression as the pages. */
@Controller
class ExportController {


    private final AccessGuard guard;
    private final FilterReader filters;
    private final DashboardView dashboard;
    private final ComparisonView comparison;
    private final MessageSource messages;

    ExportController(AccessGuard guard, FilterReader filters, DashboardView dashboard, ComparisonView comparison,
            MessageSource messages) {
        this.guard = guard;
        this.filters = filters;
        this.dashboard = dashboard;
        this.comparison = comparison;
        this.messages = messages;
    }

    @GetMapping("/keyfigures/export.xlsx")
    void dashboard(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String jobFamily,
            @RequestParam(required = false) String ageBand, Locale locale, HttpServletResponse response) throws IOException {
        AccessScope scope = guard.requireRole(Role.HR, Role.LEADER, Role.COUNCIL);
        PageFilter filter = filters.read(unit, from, to, jobFamily, ageBand, locale);
        List<DashboardView.Row> rows = dashboard.rows(filter, scope.role() == Role.COUNCIL);
        start(response, "noegletal-" + filter.unitId() + ".xlsx");
        try (OutputStream out = response.getOutputStream()) {
            Workbook workbook = new Workbook(out, "Tilknyt", "1.0");
            Worksheet sheet = workbook.newWorksheet(text("keyfigures.pages.export.figures", locale));
            header(sheet, locale, "code", "figure", "value", "unit", "numerator", "denominator", "population", "lastYear");
            int r = 1;
            for (DashboardView.Row row : rows) {
                FigureValue v = row.current();
                Object[] values = {row.code().code(), text(row.code().nameKey(), locale), v.value(),
                        text(Numbers.unitKey(row.code()), locale), v.numerator(), v.denominator(), v.population(),
                        row.lastYear().value()};
                cells(sheet, r++, values);
            }
            sheet.value(r + 1, 0, text("keyfigures.pages.export.period", locale) + " " + filter.period());
            sheet.freezePane(0, 1);
            workbook.finish();
        }
    }

    @GetMapping("/keyfigures/compare/export.xlsx")
    void comparison(@RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String jobFamily,
            @RequestParam(required = false) String ageBand, Locale locale, HttpServletResponse response) throws IOException {
        guard.requireRole(Role.HR, Role.LEADER, Role.COUNCIL);
        PageFilter filter = filters.read(unit, from, to, jobFamily, ageBand, locale);
        Comparison.Table table = comparison.table(filter);
        start(response, "sammenligning-" + filter.unitId() + ".xlsx");
        try (OutputStream out = response.getOutputStream()) {
            Workbook workbook = new Workbook(out, "Tilknyt", "1.0");
            Worksheet sheet = workbook.newWorksheet(text("keyfigures.pages.export.comparison", locale));
            sheet.value(0, 0, text("keyfigures.pages.export.column.unit", locale));
            sheet.style(0, 0).bold().set();
            FigureCode[] codes = FigureCode.values();
            for (int c = 0; c < codes.length; c++) {
                sheet.value(0, c + 1, text(codes[c].nameKey(), locale));
                sheet.style(0, c + 1).bold().set();
            }
            int r = 1;
            for (Comparison.Part part : table.parts()) {
                line(sheet, r++, part.name(), part.figures(), codes);
            }
            line(sheet, r, text("keyfigures.pages.compare.total", locale), table.total(), codes);
            sheet.freezePane(1, 1);
            workbook.finish();
        }
    }

    private static void line(Worksheet sheet, int row, String name, java.util.Map<FigureCode, FigureValue> figures,
            FigureCode[] codes) {
        sheet.value(row, 0, name);
        for (int c = 0; c < codes.length; c++) {
            FigureValue v = figures.get(codes[c]);
            if (v.hasValue()) {
                sheet.value(row, c + 1, v.value());
            } else {
                sheet.value(row, c + 1, Numbers.HIDDEN);
            }
        }
    }

    private void header(Worksheet sheet, Locale locale, String... columns) {
        Spreadsheets.header(sheet, 0, java.util.Arrays.stream(columns)
                .map(c -> text("keyfigures.pages.export.column." + c, locale)).toList());
    }

    private static void cells(Worksheet sheet, int row, Object[] values) {
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                sheet.value(row, c, Numbers.HIDDEN);
            } else if (v instanceof BigDecimal d) {
                sheet.value(row, c, d);
            } else if (v instanceof Integer i) {
                sheet.value(row, c, i);
            } else {
                sheet.value(row, c, v.toString());
            }
        }
    }

    private static void start(HttpServletResponse response, String filename) {
        response.setContentType(Spreadsheets.CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + Spreadsheets.safeFileName(filename) + "\"");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
