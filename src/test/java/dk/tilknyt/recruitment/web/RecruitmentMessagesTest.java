package dk.tilknyt.recruitment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dk.tilknyt.recruitment.ApplicationOutcome;
import dk.tilknyt.recruitment.PostingOutcome;
import dk.tilknyt.recruitment.PostingTerms;
import dk.tilknyt.recruitment.Stage;
import dk.tilknyt.recruitment.WithdrawalReason;

/** Every message key the recruitment pages and rules use exists in Danish and in English. */
class RecruitmentMessagesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*[a-zA-Z0-9_])[(}]");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:Problem\\.of\\([^,]+,\\s*|because\\(|getMessage\\(|text\\()\"([a-zA-Z][a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");

    @Test
    void everyKeyInTheTemplatesAndTheCodeIsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/resources/templates/recruitment"), TEMPLATE_KEY, used);
        collect(Path.of("src/main/java/dk/tilknyt/recruitment"), CODE_KEY, used);
        Arrays.stream(PostingOutcome.values()).forEach(o -> used.add("posting.outcome." + o.code()));
        Arrays.stream(ApplicationOutcome.values()).forEach(o -> used.add("application.outcome." + o.code()));
        Arrays.stream(Stage.values()).forEach(s -> used.add("stage." + s.code()));
        Arrays.stream(WithdrawalReason.values()).forEach(r -> used.add("withdrawal." + r.code()));
        PostingTerms.KNOWN_CHANNELS.forEach(c -> used.add("channel." + c));
        used.add("nav.recruitment");

        assertThat(used).hasSizeGreaterThan(150);
        Set<String> danish = bundle("i18n/recruitment.properties").stringPropertyNames();
        Set<String> english = bundle("i18n/recruitment_en.properties").stringPropertyNames();
        assertThat(danish).containsAll(used);
        assertThat(english).isEqualTo(danish);
    }

    private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                pattern.matcher(Files.readString(file)).results().map(m -> m.group(1)).forEach(into::add);
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RecruitmentMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
