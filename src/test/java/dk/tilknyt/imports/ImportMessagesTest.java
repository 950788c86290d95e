package dk.tilknyt.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every message the import uses exists in Danish and English, and every page text is in the bundles. */
class ImportMessagesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(imports?\\.[a-zA-Z.]+[a-zA-Z])\"");

    @Test
    void danishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/imports_en.properties").stringPropertyNames())
                .isEqualTo(load("i18n/imports.properties").stringPropertyNames());
    }

    @Test
    void everyMessageKeyInTheCodeIsInTheBundle() throws IOException {
        Set<String> keys = load("i18n/imports.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/dk/tilknyt/imports"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void theImportPagesHaveNoHardCodedText() throws IOException {
        for (String template : new String[] {"page.html", "progress.html"}) {
            String html = Files.readString(Path.of("src/main/resources/templates/imports", template));
            // every element with text content has th:text or th:utext (its static text is only a preview)
            Matcher m = Pattern.compile("<(h1|h2|h3|p|label|legend|summary|th|button|caption|option|li|a)\\b([^>]*)>([^<]*\\p{L}[^<]*)<")
                    .matcher(html);
            while (m.find()) {
                assertThat(m.group(2)).as("text of <%s> in %s: %s", m.group(1), template, m.group(3).strip())
                        .containsAnyOf("th:text", "th:utext");
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
