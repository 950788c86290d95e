package dk.tilknyt.conversations.domain;

import java.util.Locale;

/** The kinds of task an onboarding programme holds. */
public enum TaskType {
    TASK, MENTOR, THREE_MONTH_CONVERSATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaskType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    public ItemKind itemKind() {
        return this == THREE_MONTH_CONVERSATION ? ItemKind.THREE_MONTH_CONVERSATION : ItemKind.ONBOARDING_TASK;
    }
}
