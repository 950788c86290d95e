package dk.tilknyt.conversations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReasonTableTest {

    private static List<ReasonTable.Answer> answers(String group, int n, ExitReason reason) {
        List<ReasonTable.Answer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new ReasonTable.Answer(group, Set.of(reason), i % 2 == 0));
        }
        return list;
    }

    @Test
    void aGroupOfFiveAnswersIsShownAndOneOfFourIsNot() {
        List<ReasonTable.Answer> all = new ArrayList<>(answers("nurse", 5, ExitReason.PAY));
        all.addAll(answers("sosu_helper", 4, ExitReason.WEEKENDS));
        all.addAll(answers("admin", 1, ExitReason.OTHER));
        all.addAll(answers("service", 9, ExitReason.COMMUTE));
        ReasonTable.Result result = ReasonTable.of(all);
        ReasonTable.Row nurse = row(result, "nurse");
        assertThat(nurse.suppressed()).isFalse();
        assertThat(nurse.count(ExitReason.PAY)).isEqualTo(5);
        assertThat(nurse.wouldComeBack()).isEqualTo(3);
        assertThat(row(result, "sosu_helper").suppressed()).isTrue();
        assertThat(row(result, "sosu_helper").count(ExitReason.WEEKENDS)).isNull();
    }

    @Test
    void whenHiddenGroupsHoldFewerThanFiveTheSmallestOtherIsHiddenTooSoTheTotalCannotRevealThem() {
        List<ReasonTable.Answer> all = new ArrayList<>(answers("nurse", 5, ExitReason.PAY));
        all.addAll(answers("sosu_helper", 2, ExitReason.WEEKENDS));
        all.addAll(answers("service", 9, ExitReason.COMMUTE));
        ReasonTable.Result result = ReasonTable.of(all);
        assertThat(result.total().suppressed()).isFalse();
        assertThat(row(result, "sosu_helper").suppressed()).isTrue();
        assertThat(row(result, "nurse").suppressed()).isTrue();
        assertThat(row(result, "service").suppressed()).isFalse();
    }

    @Test
    void fewerThanFiveAnswersInAllShowNothing() {
        ReasonTable.Result result = ReasonTable.of(answers("nurse", 4, ExitReason.PAY));
        assertThat(result.total().suppressed()).isTrue();
        assertThat(result.groups()).allSatisfy(r -> assertThat(r.suppressed()).isTrue());
    }

    private static ReasonTable.Row row(ReasonTable.Result result, String group) {
        return result.groups().stream().filter(r -> r.group().equals(group)).findFirst().orElseThrow();
    }
}
