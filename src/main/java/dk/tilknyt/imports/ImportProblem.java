package dk.tilknyt.imports;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * One error or warning about a file: where it is (line 1 is the header; 0 means the file as a whole),
 * the column, the value as found (a CPR-like value is masked) and what is wrong, as a message key with
 * arguments so each reader gets it in their own language.
 */
public record ImportProblem(int line, String column, String value, String messageKey, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public String message(MessageSource messages, Locale locale) {
        return messages.getMessage(messageKey, args.toArray(), messageKey, locale);
    }
}
