package dk.tilknyt.conversations.followup;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.conversations.domain.OnboardingTask;
import dk.tilknyt.conversations.domain.Programmes;
import dk.tilknyt.conversations.domain.TaskType;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/** Onboarding programme templates, edited by HR. */
@Repository
public class ProgrammeStore {

    public static final int MIN_OFFSET = -365;
    public static final int MAX_OFFSET = 730;

    private final JdbcClient jdbc;

    ProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Programmes programmes() {
        return new Programmes(jdbc.sql("select id, job_family, title, day_offset, task_type, sort_order from onboarding_task")
                .query((rs, n) -> new OnboardingTask(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        TaskType.fromCode(rs.getString(5)), rs.getInt(6)))
                .list());
    }

    /** Adds a task; {@code jobFamily == null} adds it to the common programme. */
    public long add(String jobFamily, String title, int dayOffset, TaskType type) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > 200) {
            throw InvalidInputException.unprocessable("conv.programme.titleInvalid", "A task needs a title of 1-200 characters.");
        }
        if (dayOffset < MIN_OFFSET || dayOffset > MAX_OFFSET) {
            throw InvalidInputException.unprocessable("conv.programme.offsetInvalid",
                    "The day must lie between " + MIN_OFFSET + " and " + MAX_OFFSET + ".");
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into onboarding_task (job_family, title, day_offset, task_type, sort_order) values (?, ?, ?, ?, ?)")
                .params(jobFamily, clean, dayOffset, type.code(), dayOffset).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public void delete(long taskId) {
        if (jdbc.sql("delete from onboarding_task where id = ?").param(taskId).update() == 0) {
            throw new NotFoundException("Task", Long.toString(taskId));
        }
    }

    /** Gives a job family its own programme, starting as a copy of the common one. */
    @Transactional
    public void copyCommonTo(String jobFamily) {
        Programmes current = programmes();
        if (current.hasOwn(jobFamily)) {
            return;
        }
        List<OnboardingTask> common = current.common();
        for (OnboardingTask t : common) {
            add(jobFamily, t.title(), t.dayOffset(), t.type());
        }
    }
}
