package dk.tilknyt.recruitment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import dk.tilknyt.recruitment.ApplicationOutcome;
import dk.tilknyt.recruitment.PostingOutcome;
import dk.tilknyt.recruitment.RecruitmentRejected.Problem;
import dk.tilknyt.recruitment.Stage;
import dk.tilknyt.recruitment.WithdrawalReason;

/** Problems turned into sentences, by field, for showing next to the inputs (and as JSON on the API). */
public final class FormErrors {

    static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    private final Map<String, List<String>> byField;
    private final List<String> general;

    private FormErrors(Map<String, List<String>> byField, List<String> general) {
        this.byField = byField;
        this.general = general;
    }

    static FormErrors of(List<Problem> problems, MessageSource messages, Locale locale) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (Problem p : problems) {
            String text = text(p, messages, locale);
            if (p.field() == null) {
                general.add(text);
            } else {
                List<String> list = byField.computeIfAbsent(p.field(), f -> new ArrayList<>());
                if (list.isEmpty()) {
                    list.add(text); // one message per field: the first is the one to act on
                }
            }
        }
        return new FormErrors(byField, general);
    }

    static String text(Problem p, MessageSource messages, Locale locale) {
        Object[] args = p.args().stream().map(a -> label(a, messages, locale)).toArray();
        return messages.getMessage(p.key(), args, p.key(), locale);
    }

    /** Codes in messages are shown by their label ("besat", not FILLED). */
    private static Object label(Object arg, MessageSource messages, Locale locale) {
        String key = switch (arg) {
            case PostingOutcome o -> "posting.outcome." + o.code();
            case ApplicationOutcome o -> "application.outcome." + o.code();
            case Stage s -> "stage." + s.code();
            case WithdrawalReason r -> "withdrawal." + r.code();
            default -> null;
        };
        return key == null ? arg : messages.getMessage(key, null, key, locale);
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        List<String> list = byField.get(field);
        return list == null ? null : list.getFirst();
    }

    public List<String> general() {
        return general;
    }

    /** Field messages and general ones, in order, for an answer that is not a form (API, flash message). */
    List<Map<String, String>> asList() {
        List<Map<String, String>> all = new ArrayList<>();
        byField.forEach((field, list) -> list.forEach(m -> all.add(Map.of("field", field, "message", m))));
        general.forEach(m -> all.add(Map.of("message", m)));
        return all;
    }
}
