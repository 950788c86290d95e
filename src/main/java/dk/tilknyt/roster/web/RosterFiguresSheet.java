package dk.tilknyt.roster.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import dk.tilknyt.roster.RosterFigureSet;
import dk.tilknyt.shared.Spreadsheets;

/** The roster figures page as one sheet: the figures, the open shifts and the coverage with its cost. */
final class RosterFiguresSheet {

    private RosterFiguresSheet() {
    }

    /** {@code figures} null: no published roster in scope, said in the sheet. Hidden values read "hidden". */
    static void write(OutputStream out, RosterFigureSet figures, String unitName, LocalDate from, LocalDate to,
            UnaryOperator<String> msg) throws IOException {
        Workbook workbook = new Workbook(out, "Tilknyt", "1.0");
        Worksheet sheet = workbook.newWorksheet(msg.apply("roster.figures.caption"));
        sheet.value(0, 0, msg.apply("roster.figures.sheetTitle") + ": " + unitName + ", " + from + " – " + to);
        if (figures == null) {
            sheet.value(2, 0, msg.apply("roster.figures.none"));
            workbook.finish();
            return;
        }
        String hidden = msg.apply("roster.figures.hidden");
        int row = 2;
        Spreadsheets.header(sheet, row++, List.of(msg.apply("roster.figures.figure"), msg.apply("roster.figures.value")));
        row = line(sheet, row, msg.apply("roster.figures.wishes") + " (%)", figures.wishFulfilment().percent(),
                figures.wishFulfilment().hidden(), hidden);
        row = line(sheet, row, msg.apply("roster.figures.weekends"), figures.weekends().averagePer4Weeks(),
                figures.weekends().hidden(), hidden);
        row = line(sheet, row, msg.apply("roster.figures.ownLayer") + " (%)", figures.ownLayer().percent(),
                figures.ownLayer().hidden(), hidden);
        var open = figures.openShifts();
        row = line(sheet, row, msg.apply("roster.figures.openAtPublishing"), open.atPublishing(), false, hidden);
        row = line(sheet, row, msg.apply("roster.figures.openNow"), open.openNow(), false, hidden);

        row++;
        Spreadsheets.header(sheet, row++, List.of(msg.apply("roster.figures.category"), msg.apply("roster.figures.shifts"),
                msg.apply("roster.figures.personsColumn"), msg.apply("roster.figures.cost"), msg.apply("roster.figures.per100")));
        for (RosterFigureSet.CoverageLine l : figures.coverage()) {
            Spreadsheets.cell(sheet, row, 0, msg.apply("roster.cover.category." + l.category().code()));
            Spreadsheets.cell(sheet, row, 1, l.shifts());
            Spreadsheets.cell(sheet, row, 2, l.hidden() ? hidden : l.persons());
            Spreadsheets.cell(sheet, row, 3, l.hidden() ? hidden : Math.round(l.cost()));
            Spreadsheets.cell(sheet, row, 4, l.costPer100Shifts() == null ? null : Math.round(l.costPer100Shifts()));
            row++;
        }
        Spreadsheets.cell(sheet, row, 0, msg.apply("roster.figures.total"));
        Spreadsheets.cell(sheet, row, 1, figures.coveredShifts());
        Spreadsheets.cell(sheet, row, 3, figures.totalCost() == null ? hidden : Math.round(figures.totalCost()));
        Spreadsheets.cell(sheet, row, 4, figures.costPer100Shifts() == null ? null : Math.round(figures.costPer100Shifts()));
        sheet.width(0, 40);
        workbook.finish();
    }

    private static int line(Worksheet sheet, int row, String label, Number value, boolean isHidden, String hidden) {
        Spreadsheets.cell(sheet, row, 0, label);
        Spreadsheets.cell(sheet, row, 1, isHidden ? hidden : value == null ? null : round(value));
        return row + 1;
    }

    private static Number round(Number value) {
        return value instanceof Double d ? Math.round(d * 10) / 10.0 : value;
    }
}
