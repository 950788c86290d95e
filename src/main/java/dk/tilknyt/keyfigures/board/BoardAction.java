package dk.tilknyt.keyfigures.board;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An improvement action on a unit's board: what, who, and how far it has come. */
public record BoardAction(long id, String unitId, String text, String owner, Status status) {

    public enum Status {
        NEW, IN_PROGRESS, DONE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Status> fromCode(String code) {
            return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
        }
    }
}
