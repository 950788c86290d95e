package dk.tilknyt.imports.file;

import java.util.List;

/** The file cannot be read any further: not UTF-8, not a workbook, ... Reported as one error. */
public class UnreadableFile extends Exception {

    private final int line;
    private final String messageKey;
    private final List<String> args;

    public UnreadableFile(int line, String messageKey, String... args) {
        super(messageKey + " at line " + line);
        this.line = line;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public int line() {
        return line;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> args() {
        return args;
    }
}
