package dk.tilknyt.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dk.tilknyt.conversations.domain.ArrangementKind;
import dk.tilknyt.conversations.domain.ClosedReason;
import dk.tilknyt.conversations.domain.ExitReason;
import dk.tilknyt.conversations.domain.ItemKind;
import dk.tilknyt.conversations.domain.ItemStatus;
import dk.tilknyt.conversations.domain.TaskType;

/** Every user-facing string of the module is in both bundles, Danish and English. */
class ConversationMessagesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{(conv\\.[A-Za-z0-9_.]+[A-Za-z0-9_])[(}]");

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (var in = ConversationMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void danishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(bundle("conversations_en").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(bundle("conversations").stringPropertyNames()));
    }

    @Test
    void everyKeyNamedInTheTemplatesExists() throws IOException {
        Set<String> keys = bundle("conversations").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/templates/conversations"))) {
            for (Path file : files.toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    @Test
    void everyCodeShownOnAPageHasALabel() throws IOException {
        Set<String> keys = bundle("conversations").stringPropertyNames();
        Arrays.stream(ItemKind.values()).forEach(k -> assertThat(keys).contains("conv.kind." + k.code(),
                "conv.ref." + k.code(), "conv.explain." + k.code()));
        Arrays.stream(ExitReason.values()).forEach(r -> assertThat(keys).contains("conv.reason." + r.code()));
        Arrays.stream(ItemStatus.values()).forEach(s -> assertThat(keys).contains("conv.status." + s.code()));
        Arrays.stream(ClosedReason.values()).forEach(c -> assertThat(keys).contains("conv.closed." + c.code()));
        Arrays.stream(ArrangementKind.values()).forEach(a -> assertThat(keys).contains("conv.arrangement." + a.code()));
        Arrays.stream(TaskType.values()).forEach(t -> assertThat(keys).contains("conv.taskType." + t.code()));
    }
}
