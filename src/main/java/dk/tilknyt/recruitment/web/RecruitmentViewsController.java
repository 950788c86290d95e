package dk.tilknyt.recruitment.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.recruitment.PostingTerms;
import dk.tilknyt.recruitment.RecruitmentRejected.Problem;
import dk.tilknyt.recruitment.Stage;
import dk.tilknyt.recruitment.domain.Funnel;
import dk.tilknyt.recruitment.domain.PostingStore;
import dk.tilknyt.recruitment.domain.RecruitmentViews;
import dk.tilknyt.recruitment.domain.RecruitmentViews.ChainLine;
import dk.tilknyt.recruitment.domain.RecruitmentViews.FunnelView;
import dk.tilknyt.recruitment.domain.RecruitmentViews.ViewQuery;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** The funnel chart, posting chains with their fill times, the hard-to-fill list, and the XLSX exports. */
@Controller
@RequestMapping("/recruitment")
class RecruitmentViewsController {

    static final String XLSX = dk.tilknyt.shared.Spreadsheets.CONTENT_TYPE;
    static final int EXPORT_LIMIT = 100_000;

    private final RecruitmentScope scope;
    private final RecruitmentViews views;
    private final PostingStore store;
    private final RecruitmentExports exports;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final Clock clock;

    RecruitmentViewsController(RecruitmentScope scope, RecruitmentViews views, PostingStore store,
            RecruitmentExports exports, OrgDirectory org, MessageSource messages, Clock clock) {
        this.scope = scope;
        this.views = views;
        this.store = store;
        this.exports = exports;
        this.org = org;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/funnel")
    String funnel(@ModelAttribute("filter") ViewFilter filter, Model model, Locale locale, HttpServletResponse response) {
        Optional<ViewQuery> query = query(filter, model, locale, response);
        FunnelView view = query.map(views::funnel).orElse(null);
        model.addAttribute("view", view);
        model.addAttribute("stages", Stage.values());
        if (view != null) {
            model.addAttribute("chartData", chartData(view.total(), locale));
        }
        return "recruitment/funnel";
    }

    @GetMapping("/funnel.xlsx")
    void funnelExport(@ModelAttribute("filter") ViewFilter filter, Model model, Locale locale,
            HttpServletResponse response) throws IOException {
        Read read = read(filter, model, locale);
        if (!read.filters().problems().isEmpty()) {
            Problem first = read.filters().problems().getFirst();
            throw new InvalidInputException(first.key(), "Filter '" + first.field() + "' cannot be read");
        }
        ViewQuery query = read.query().orElseThrow(() -> new NotFoundException("Unit", filter.unit()));
        xlsx(response, "tragt.xlsx");
        exports.funnel(response.getOutputStream(), views.funnel(query), read.shown(), new Names(org, locale), locale);
    }

    @GetMapping("/chains")
    String chains(@ModelAttribute("filter") ViewFilter filter, Model model, Locale locale, HttpServletResponse response) {
        Optional<ViewQuery> query = query(filter, model, locale, response);
        List<ChainLine> lines = query.map(views::chains).orElse(List.of());
        model.addAttribute("lines", lines);
        model.addAttribute("summary", views.summary(lines));
        return "recruitment/chains";
    }

    @GetMapping("/hard-to-fill")
    String hardToFill(@ModelAttribute("filter") ViewFilter filter, Model model, Locale locale,
            HttpServletResponse response) {
        Optional<ViewQuery> query = query(filter, model, locale, response);
        model.addAttribute("lines", query.map(views::hardToFill).orElse(List.of()));
        return "recruitment/hard-to-fill";
    }

    @GetMapping("/postings.xlsx")
    void postingsExport(@RequestParam(required = false) String unit, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String jobFamily, Locale locale, HttpServletResponse response)
            throws IOException {
        Set<String> units = scope.unitOrHome(unit).map(scope::subtree).orElse(Set.of());
        var lines = store.lines(PostingFilters.of(units, outcome, jobFamily, org), EXPORT_LIMIT, 0);
        xlsx(response, "opslag.xlsx");
        exports.postings(response.getOutputStream(), lines, new Names(org, locale), locale);
    }

    /** The filters as read, the query they make (empty without an org tree or with unreadable filters). */
    private record Read(ViewFilter.Read filters, ViewFilter shown, Optional<ViewQuery> query) {
    }

    /**
     * Reads the filters into a query over the chosen unit's subtree (404 outside the scope) and puts what the
     * filter form needs into the model.
     */
    private Read read(ViewFilter filter, Model model, Locale locale) {
        Optional<String> unit = scope.unitOrHome(filter.unit());
        ViewFilter.Read read = filter.read(LocalDate.now(clock), org);
        ViewFilter shown = filter.shown(unit.orElse(null), read);
        model.addAttribute("filter", shown);
        model.addAttribute("units", scope.choices());
        model.addAttribute("names", new Names(org, locale));
        model.addAttribute("channels", channels());
        model.addAttribute("errors", FormErrors.of(read.problems(), messages, locale));
        Optional<ViewQuery> query = read.problems().isEmpty()
                ? unit.map(u -> new ViewQuery(scope.subtree(u), read.period(), read.jobFamily(), read.channel()))
                : Optional.empty();
        return new Read(read, shown, query);
    }

    /** A page's query; with filters that cannot be read the page shows the messages by the fields and answers 400. */
    private Optional<ViewQuery> query(ViewFilter filter, Model model, Locale locale, HttpServletResponse response) {
        Read read = read(filter, model, locale);
        if (!read.filters().problems().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return read.query();
    }

    /** The known channels and any others the stored postings use. */
    private Set<String> channels() {
        Set<String> all = new TreeSet<>(PostingTerms.KNOWN_CHANNELS);
        all.addAll(store.channelsInUse());
        return all;
    }

    /** The chart's numbers and labels, read by static/js/recruitment.js from a data attribute. */
    private Map<String, Object> chartData(Funnel funnel, Locale locale) {
        List<String> labels = Arrays.stream(Stage.values())
                .map(s -> messages.getMessage("stage." + s.code(), null, locale)).toList();
        return Map.of(
                "labels", labels,
                "reached", funnel.stages().stream().map(Funnel.StageCount::reached).toList(),
                "withdrawn", funnel.stages().stream().map(Funnel.StageCount::withdrawn).toList(),
                "reachedLabel", messages.getMessage("funnel.reached", null, locale),
                "withdrawnLabel", messages.getMessage("funnel.withdrawnAt", null, locale));
    }

    private static void xlsx(HttpServletResponse response, String filename) {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }
}
