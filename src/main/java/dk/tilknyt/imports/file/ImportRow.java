package dk.tilknyt.imports.file;

/** One data row as read: its line in the file (the header is line 1) and its cells, trimmed, null when empty. */
public record ImportRow(int line, String[] cells) {

    public String cell(int index) {
        return index >= 0 && index < cells.length ? cells[index] : null;
    }
}
