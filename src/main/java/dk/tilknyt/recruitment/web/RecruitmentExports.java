package dk.tilknyt.recruitment.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import dk.tilknyt.shared.Spreadsheets;
import dk.tilknyt.recruitment.Posting;
import dk.tilknyt.recruitment.Stage;
import dk.tilknyt.recruitment.domain.Funnel;
import dk.tilknyt.recruitment.domain.PostingStore.PostingLine;
import dk.tilknyt.recruitment.domain.RecruitmentViews.FunnelView;

/**
 * XLSX exports. The postings sheet uses import-format.md's column names (plus a few read-only columns), so
 * an analyst can filter it, and codes stay codes; the funnel sheets are labelled in the user's language.
 */
@Component
class RecruitmentExports {

    static final List<String> POSTING_COLUMNS = List.of("posting_id", "unit_id", "unit_name", "job_family", "title",
            "employment_type", "weekly_hours", "full_time", "published_date", "deadline", "reposting_of", "reposted_by",
            "outcome", "filled_date", "channels", "applications");

    private final MessageSource messages;

    RecruitmentExports(MessageSource messages) {
        this.messages = messages;
    }

    void postings(OutputStream out, List<PostingLine> lines, Names names, Locale locale) throws IOException {
        Workbook workbook = new Workbook(out, "Tilknyt", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("export.postings.sheet", locale));
        headerRow(sheet, 0, POSTING_COLUMNS);
        int row = 1;
        for (PostingLine line : lines) {
            Posting p = line.posting();
            Object[] values = {p.id(), p.unitId(), names.unit(p.unitId()), p.jobFamily(), p.title(), p.employmentType(),
                    p.weeklyHours(), p.isFullTime(), p.publishedDate(), p.deadline(), p.repostingOf(), line.repostedBy(),
                    p.outcome().code(), p.filledDate(), String.join("|", p.channels()), line.applications()};
            for (int c = 0; c < values.length; c++) {
                cell(sheet, row, c, values[c]);
            }
            row++;
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    void funnel(OutputStream out, FunnelView view, ViewFilter filter, Names names, Locale locale) throws IOException {
        Workbook workbook = new Workbook(out, "Tilknyt", "1.0");
        Worksheet total = workbook.newWorksheet(text("export.funnel.sheet", locale));
        int row = 0;
        total.value(row++, 0, text("export.funnel.scope", locale, names.unit(filter.unit()), filter.from(), filter.to()));
        if (filter.jobFamily() != null) {
            total.value(row++, 0, text("funnel.filter.jobFamily", locale) + ": " + names.family(filter.jobFamily()));
        }
        if (filter.channel() != null) {
            total.value(row++, 0, text("funnel.filter.channel", locale) + ": " + channel(filter.channel(), locale));
        }
        row++;
        List<String> header = List.of(text("funnel.stage", locale), text("funnel.reached", locale),
                text("funnel.pending", locale), text("funnel.withdrawnAt", locale), text("funnel.rejectedAt", locale));
        headerRow(total, row++, header);
        for (Funnel.StageCount s : view.total().stages()) {
            cell(total, row, 0, text("stage." + s.stage().code(), locale));
            cell(total, row, 1, s.reached());
            cell(total, row, 2, s.pending());
            cell(total, row, 3, s.withdrawn());
            cell(total, row, 4, s.rejected());
            row++;
        }
        row++;
        cell(total, row, 0, text("funnel.postings", locale));
        cell(total, row++, 1, view.total().postings());
        cell(total, row, 0, text("funnel.applications", locale));
        cell(total, row, 1, view.total().applications());
        breakdown(workbook.newWorksheet(text("funnel.byJobFamily", locale)), view.byJobFamily(), names::family, locale);
        breakdown(workbook.newWorksheet(text("funnel.byChannel", locale)), view.byChannel(), c -> channel(c, locale),
                locale);
        workbook.finish();
    }

    private void breakdown(Worksheet sheet, Map<String, Funnel> funnels, java.util.function.Function<String, String> name,
            Locale locale) {
        List<String> header = new java.util.ArrayList<>(List.of(text("funnel.group", locale),
                text("funnel.postings", locale)));
        for (Stage s : Stage.values()) {
            header.add(text("stage." + s.code(), locale));
        }
        header.add(text("funnel.withdrawn", locale));
        headerRow(sheet, 0, header);
        int row = 1;
        for (var entry : funnels.entrySet()) {
            Funnel f = entry.getValue();
            int c = 0;
            cell(sheet, row, c++, name.apply(entry.getKey()));
            cell(sheet, row, c++, f.postings());
            for (Funnel.StageCount s : f.stages()) {
                cell(sheet, row, c++, s.reached());
            }
            cell(sheet, row, c, f.withdrawn());
            row++;
        }
    }

    private static void headerRow(Worksheet sheet, int row, List<String> header) {
        Spreadsheets.header(sheet, row, header);
    }

    private static void cell(Worksheet sheet, int row, int col, Object value) {
        Spreadsheets.cell(sheet, row, col, value);
    }

    private String channel(String code, Locale locale) {
        return messages.getMessage("channel." + code, null, code, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
