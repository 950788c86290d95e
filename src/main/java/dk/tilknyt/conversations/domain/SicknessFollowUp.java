package dk.tilknyt.conversations.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.tilknyt.absence.SicknessSpell;

/**
 * The legal calendar of one sickness spell (rules.md, "Sickness follow-up"; Sygedagpengeloven):
 * the §7a conversation, the notification by day 35 and the §7b retention-plan offer. Pure.
 */
public final class SicknessFollowUp {

    private SicknessFollowUp() {
    }

    /**
     * @param unitId          the unit the items belong to
     * @param lastDayEmployed the person's last day of employment, or null while employed
     * @param markedLongOn    the day a leader marked the spell as expected to last beyond 8 weeks, or null
     */
    public static List<DueItem> forSpell(SicknessSpell spell, String unitId, LocalDate lastDayEmployed,
                                         LocalDate markedLongOn, LocalDate today, FollowUpSettings settings) {
        LocalDate first = spell.start();
        // A spell that ends before its 14th day creates nothing; a running one shows from day 14.
        if (first.isAfter(today) || spell.lengthDays(today) < settings.sicknessConversationFromDay()) {
            return List.of();
        }
        List<DueItem> items = new ArrayList<>();
        items.add(conversation(spell, unitId, lastDayEmployed, settings));
        items.add(notification(spell, unitId, settings));
        LocalDate trigger = retentionPlanTrigger(spell, markedLongOn, today, settings);
        if (trigger != null) {
            items.add(retentionPlanOffer(spell, unitId, trigger, settings));
        }
        return items;
    }

    /** §7a: by day 1 + 28; not owed when the employee leaves within 8 weeks of day 1; closed on return. */
    static DueItem conversation(SicknessSpell spell, String unitId, LocalDate lastDayEmployed, FollowUpSettings settings) {
        LocalDate first = spell.start();
        DueItem item = item(ItemKind.SICKNESS_CONVERSATION, spell, unitId,
                Deadlines.workingDayOnOrBefore(first.plusDays(settings.sicknessConversationDays())));
        if (lastDayEmployed != null && !lastDayEmployed.isAfter(first.plusDays(eightWeeks(settings)))) {
            return item.closed(ClosedReason.NOT_OWED, first);
        }
        return spell.isRunning() ? item : item.closed(ClosedReason.RETURNED, spell.end().plusDays(1));
    }

    /** §40: by day 1 + 35, owed when the absence goes beyond the employer period; closed on an earlier return. */
    static DueItem notification(SicknessSpell spell, String unitId, FollowUpSettings settings) {
        LocalDate first = spell.start();
        DueItem item = item(ItemKind.SICKNESS_NOTIFICATION, spell, unitId,
                Deadlines.workingDayOnOrBefore(first.plusDays(settings.notificationDays())));
        LocalDate lastEmployerDay = first.plusDays(settings.employerPeriodDays() - 1L);
        if (!spell.isRunning() && !spell.end().isAfter(lastEmployerDay)) {
            return item.closed(ClosedReason.RETURNED, spell.end().plusDays(1));
        }
        return item;
    }

    /** §7b: the day the need for an offer became known: marked by a leader, or the spell passed 8 weeks. */
    static LocalDate retentionPlanTrigger(SicknessSpell spell, LocalDate markedLongOn, LocalDate today,
                                          FollowUpSettings settings) {
        LocalDate passed = spell.start().plusDays(eightWeeks(settings));
        LocalDate trigger = spell.covers(passed, today) ? passed : null;
        if (markedLongOn != null) {
            LocalDate marked = markedLongOn.isBefore(spell.start()) ? spell.start() : markedLongOn;
            trigger = trigger == null || marked.isBefore(trigger) ? marked : trigger;
        }
        return trigger;
    }

    static DueItem retentionPlanOffer(SicknessSpell spell, String unitId, LocalDate trigger, FollowUpSettings settings) {
        DueItem item = item(ItemKind.RETENTION_PLAN_OFFER, spell, unitId,
                Deadlines.withinDaysOf(trigger, settings.retentionPlanOfferDays()));
        return spell.isRunning() ? item : item.closed(ClosedReason.RETURNED, spell.end().plusDays(1));
    }

    private static long eightWeeks(FollowUpSettings settings) {
        return settings.retentionPlanWeeks() * 7L;
    }

    private static DueItem item(ItemKind kind, SicknessSpell spell, String unitId, LocalDate due) {
        String key = kind.code() + "|" + spell.personId() + "|" + spell.start();
        return DueItem.open(key, kind, spell.personId(), null, unitId, due, spell.start());
    }
}
