package dk.tilknyt.conversations.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.tilknyt.absence.SicknessSpell;

/** Every item due for one person: the rules together, limited to what the inbox lists. Pure. */
public final class FollowUpRules {

    private FollowUpRules() {
    }

    public static List<DueItem> itemsFor(PersonFacts person, RuleContext context) {
        List<DueItem> items = new ArrayList<>();
        for (Employment e : person.employments()) {
            items.addAll(EmploymentFollowUp.onboarding(e, context.programmes()));
            EmploymentFollowUp.exit(e, person).ifPresent(items::add);
        }
        items.addAll(EmploymentFollowUp.senior(person, context));
        items.addAll(sickness(person, context));
        items.addAll(care(person, context));
        items.addAll(agreementReviews(person, context));
        return items.stream().filter(i -> context.listable(i.dueDate())).toList();
    }

    static List<DueItem> sickness(PersonFacts person, RuleContext context) {
        List<DueItem> items = new ArrayList<>();
        LocalDate lastDayEmployed = person.lastDayEmployed();
        for (SicknessSpell spell : person.spells()) {
            person.unitOn(spell.start()).ifPresent(unit -> items.addAll(SicknessFollowUp.forSpell(spell, unit,
                    lastDayEmployed, person.longSpellMarks().get(spell.start()), context.today(), context.settings())));
        }
        return items;
    }

    static List<DueItem> care(PersonFacts person, RuleContext context) {
        List<DueItem> items = new ArrayList<>();
        LocalDate lastDayEmployed = person.lastDayEmployed();
        List<SicknessSpell> counted = person.spells().stream()
                .filter(s -> !s.start().isBefore(context.careCountsFrom())).toList();
        for (LocalDate met : CareConversationRule.metDays(counted, context.today(), context.settings())) {
            LocalDate due = Deadlines.workingDayOnOrBefore(met.plusDays(context.settings().careDueDays()));
            person.unitOn(met).ifPresent(unit -> {
                DueItem item = DueItem.open("care|" + person.personId() + "|" + met, ItemKind.CARE_CONVERSATION,
                        person.personId(), null, unit, due, met);
                items.add(lastDayEmployed != null && lastDayEmployed.isBefore(due)
                        ? item.closed(ClosedReason.LEFT, lastDayEmployed.plusDays(1)) : item);
            });
        }
        return items;
    }

    /** §56: a review before the agreement expires; closed when a newer agreement exists or the person left. */
    static List<DueItem> agreementReviews(PersonFacts person, RuleContext context) {
        List<DueItem> items = new ArrayList<>();
        LocalDate lastDayEmployed = person.lastDayEmployed();
        for (Agreement a : person.agreements()) {
            LocalDate due = Deadlines.workingDayOnOrBefore(a.expiresOn().minusDays(context.settings().agreementReviewDaysBefore()));
            person.unitOn(due.isAfter(context.today()) ? context.today() : due).ifPresent(unit -> {
                DueItem item = DueItem.open("agreement|" + a.id(), ItemKind.AGREEMENT_REVIEW, person.personId(), null,
                        unit, due, a.expiresOn());
                LocalDate renewed = person.agreements().stream().map(Agreement::validFrom)
                        .filter(from -> from.isAfter(a.validFrom())).min(LocalDate::compareTo).orElse(null);
                if (renewed != null) {
                    items.add(item.closed(ClosedReason.RENEWED, renewed));
                } else if (lastDayEmployed != null && lastDayEmployed.isBefore(due)) {
                    items.add(item.closed(ClosedReason.LEFT, lastDayEmployed.plusDays(1)));
                } else {
                    items.add(item);
                }
            });
        }
        return items;
    }
}
