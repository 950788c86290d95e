package dk.tilknyt.conversations.followup;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.conversations.domain.ArrangementKind;
import dk.tilknyt.conversations.domain.DiagnosisCheck;
import dk.tilknyt.conversations.domain.ItemKind;
import dk.tilknyt.shared.InvalidInputException;

/** Completing an item: the day it was held, notes without health details, and what follows from it. */
@Service
public class ConversationRecords {

    public static final int MAX_NOTES = 2000;

    /** What a leader records; {@code arrangements} and {@code reviewOn} only in senior conversations. */
    public record Record(LocalDate heldOn, boolean byPhone, LocalDate followUpOn, String mentor, String notes,
                         Set<ArrangementKind> arrangements, LocalDate reviewOn) {
    }

    private final ItemStore items;
    private final NoteStore notes;
    private final Arrangements arrangements;
    private final LongSpellMarks marks;
    private final FollowUpDerivation derivation;

    ConversationRecords(ItemStore items, NoteStore notes, Arrangements arrangements, LongSpellMarks marks,
                        FollowUpDerivation derivation) {
        this.items = items;
        this.notes = notes;
        this.arrangements = arrangements;
        this.marks = marks;
        this.derivation = derivation;
    }

    @Transactional
    public void record(InboxItem item, Record r, String by, LocalDate today) {
        checkHeldOn(r.heldOn(), today);
        String text = checkFreeText(r.notes());
        if (r.followUpOn() != null && r.followUpOn().isBefore(r.heldOn())) {
            throw InvalidInputException.unprocessable("conv.followUp.beforeHeld", "The follow-up date lies before the conversation.");
        }
        if (item.kind() == ItemKind.SENIOR_CONVERSATION && !r.arrangements().isEmpty() && r.reviewOn() == null) {
            throw InvalidInputException.unprocessable("conv.arrangement.reviewRequired", "An arrangement needs a review date.");
        }
        if (!items.complete(item.id(), r.heldOn(), by, null)) {
            throw alreadyDone();
        }
        String mentor = r.mentor() == null || r.mentor().isBlank() ? null : r.mentor().strip();
        notes.save(item.id(), new Note(r.heldOn(), r.byPhone(), r.followUpOn(), mentor, text, by));
        if (item.kind() == ItemKind.SENIOR_CONVERSATION) {
            r.arrangements().forEach(k -> arrangements.add(item.id(), item.personId(), k, r.heldOn(), r.reviewOn(), by));
        }
    }

    /** §7b: the leader expects the spell the item hangs on to last beyond 8 weeks; the offer becomes due. */
    public void markExpectedLong(InboxItem item, String by, LocalDate today) {
        if (!item.kind().isSickness() || item.kind() == ItemKind.CARE_CONVERSATION || item.kind() == ItemKind.AGREEMENT_REVIEW) {
            throw InvalidInputException.unprocessable("conv.longSpell.notSickness", "Only a sickness spell can be marked.");
        }
        marks.mark(item.personId(), item.refDate(), today, by);
        derivation.refreshPerson(item.personId(), today);
    }

    public static void checkHeldOn(LocalDate heldOn, LocalDate today) {
        if (heldOn == null) {
            throw InvalidInputException.unprocessable("conv.heldOn.required", "The day the conversation was held is missing.");
        }
        if (heldOn.isAfter(today)) {
            throw InvalidInputException.unprocessable("conv.heldOn.future", "The conversation cannot be recorded before it is held.");
        }
    }

    /** Free text is optional, at most 2000 characters, and may not name an illness (rules.md). */
    public static String checkFreeText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_NOTES) {
            throw InvalidInputException.unprocessable("conv.notes.tooLong", "Notes may be at most " + MAX_NOTES + " characters.");
        }
        DiagnosisCheck.findHealthWord(text).ifPresent(word -> {
            throw InvalidInputException.unprocessable("conv.notes.health",
                    "The notes mention a health detail (\"" + word + "\"). Write about work ability and arrangements, never a diagnosis.");
        });
        return text.strip();
    }

    public static InvalidInputException alreadyDone() {
        return InvalidInputException.unprocessable("conv.item.alreadyDone", "This item has already been recorded.");
    }
}
