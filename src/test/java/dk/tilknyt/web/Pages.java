package dk.tilknyt.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers to read rendered pages in MockMvc tests (HTML5 is not XML, so no XPath). */
public final class Pages {

    private Pages() {
    }

    /**
     * The whole element (start tag to matching end tag) whose start tag contains {@code marker}, e.g.
     * {@code data-unit="pc-a1"} or {@code id="absences"}. Fails when there is none.
     */
    public static String element(String html, String marker) {
        int at = html.indexOf(marker);
        if (at < 0) {
            throw new AssertionError("No element with " + marker);
        }
        int start = html.lastIndexOf('<', at);
        Matcher name = Pattern.compile("<([a-zA-Z0-9]+)").matcher(html.substring(start));
        if (!name.lookingAt()) {
            throw new AssertionError("No start tag before " + marker);
        }
        String tag = name.group(1);
        Matcher tags = Pattern.compile("<(/?)" + tag + "\\b[^>]*>").matcher(html);
        int depth = 0;
        for (int from = start; tags.find(from); from = tags.end()) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return html.substring(start, tags.end());
            }
        }
        return html.substring(start);
    }

    /** The visible text: tags dropped, whitespace collapsed. */
    public static String text(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ").replace("&amp;", "&").replaceAll("\\s+", " ").trim();
    }

    /** The visible text of the element whose start tag contains {@code marker}. */
    public static String textOf(String html, String marker) {
        return text(element(html, marker));
    }
}
