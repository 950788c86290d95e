package dk.tilknyt.conversations.domain;

/**
 * The numbers of the follow-up rules (rules.md, "Sickness follow-up"): defaults an administrator may
 * change per municipality. Day counts are calendar days from the first sick day.
 *
 * @param sicknessConversationFromDay the spell day from which the §7a conversation is due (14)
 * @param sicknessConversationDays    §7a: day 1 + 28 at the latest
 * @param notificationDays            §40: notification by day 1 + 35
 * @param employerPeriodDays          §§30-31: the employer period (30 days)
 * @param retentionPlanWeeks          §7b: expected absence beyond 8 weeks
 * @param retentionPlanOfferDays      our convention: the offer is due a week after the need is known
 * @param careSpells                  omsorgssamtale: 3 spells starting ...
 * @param careSpellMonths             ... within 6 months
 * @param careSickDays                omsorgssamtale: 15 sick calendar days ...
 * @param careSickDayMonths           ... within 12 months
 * @param careDueDays                 due 14 days after the rule is first met
 * @param agreementReviewDaysBefore   our convention: review a §56 agreement 30 days before it expires
 * @param seniorAge                   senior conversation yearly from this age (58)
 * @param hoursDecisionDays           our convention: an hours-change request is answered within 14 days
 * @param lookaheadDays               items are listed this far ahead (a year: the next senior conversation)
 */
public record FollowUpSettings(int sicknessConversationFromDay, int sicknessConversationDays, int notificationDays,
                               int employerPeriodDays, int retentionPlanWeeks, int retentionPlanOfferDays,
                               int careSpells, int careSpellMonths, int careSickDays, int careSickDayMonths,
                               int careDueDays, int agreementReviewDaysBefore, int seniorAge, int hoursDecisionDays,
                               int lookaheadDays) {

    public static final int DEFAULT_SENIOR_AGE = 58;

    public static FollowUpSettings defaults() {
        return new FollowUpSettings(14, 28, 35, 30, 8, 7, 3, 6, 15, 12, 14, 30, DEFAULT_SENIOR_AGE, 14, 365);
    }

    public FollowUpSettings withSeniorAge(int age) {
        return new FollowUpSettings(sicknessConversationFromDay, sicknessConversationDays, notificationDays,
                employerPeriodDays, retentionPlanWeeks, retentionPlanOfferDays, careSpells, careSpellMonths,
                careSickDays, careSickDayMonths, careDueDays, agreementReviewDaysBefore, age, hoursDecisionDays,
                lookaheadDays);
    }
}
