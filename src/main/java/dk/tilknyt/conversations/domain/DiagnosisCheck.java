package dk.tilknyt.conversations.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * rules.md: never store a diagnosis. A simple guard for free text: words that obviously name an illness
 * or a diagnosis (Danish and English word starts) are refused, so the writer rephrases in terms of work
 * ability. It cannot catch everything; the forms also warn in words.
 */
public final class DiagnosisCheck {

    private static final List<String> STEMS = List.of(
            "diagnos", "depressi", "kræft", "cancer", "tumor", "sclerose", "sklerose", "diabet", "sukkersyge",
            "gigt", "arthrit", "migræne", "migraine", "angst", "anxiety", "ptsd", "adhd", "autis", "epilep",
            "demens", "dementia", "hjerneblødning", "blodprop", "stroke", "prolaps", "diskusprolaps", "covid",
            "psykiatri", "psychiatr", "bipolar", "skizofren", "schizophren", "spiseforstyrr", "alkoholis",
            "abort", "brystkræft", "infarkt", "hjerteanfald", "heart attack", "kemoterapi",
            "chemotherap", "operation for", "opereret for", "burnout", "udbrændt", "stresssygemeld");

    private static final Pattern PATTERN = Pattern.compile(
            "(?<![\\p{L}])(" + String.join("|", STEMS.stream().map(Pattern::quote).toList()) + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DiagnosisCheck() {
    }

    /** The first health word found in the text, if any. */
    public static Optional<String> findHealthWord(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = PATTERN.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int end = m.end();
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return Optional.of(text.substring(m.start(), end).toLowerCase(Locale.ROOT));
    }
}
