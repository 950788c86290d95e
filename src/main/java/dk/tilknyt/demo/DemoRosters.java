package dk.tilknyt.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dk.tilknyt.demo.DemoUsers.DemoUser;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.org.OrgUnit;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.EmploymentType;
import dk.tilknyt.people.ShiftLayer;
import dk.tilknyt.people.Staff;
import dk.tilknyt.roster.RosterSetup;
import dk.tilknyt.roster.RosterSetup.Slot;

/**
 * The roster story for Plejecenter Solbakken, set up after the import through the roster module's
 * {@link RosterSetup}: weekly demand and roster terms for its staff, the area's pool (the staff of the pool
 * unit), a published period covering today with a few shifts opened by hand in the coming days and bids from
 * the pool, and the next period open for wishes. Deterministic for a seed and a day; done once per database.
 */
@Component
class DemoRosters {

    static final Set<String> CARE_FAMILIES = Set.of("sosu_helper", "sosu_assistant", "unskilled_care", "nurse");
    /** The published period: 7 weeks of history (so last month's key-figure dashboard has roster figures) and 5 ahead. */
    static final int PUBLISHED_WEEKS = 12;
    static final int PUBLISHED_WEEKS_BACK = 7;
    static final int WISH_WEEKS = 4;
    private static final int OPENED_BY_HAND = 4;
    private static final int BIDDERS = 2;
    /** Contracted shifts per needed shift: room for holidays, sickness and wishes (the unit generator uses 1.12). */
    private static final double SLACK = 1.2;
    private static final double WEEKEND_SLACK = 1.25;
    private static final int SHIFT_HOURS = 8;
    private static final List<ShiftLayer> SHIFT_LAYERS = List.of(ShiftLayer.DAY, ShiftLayer.EVENING, ShiftLayer.NIGHT);
    private static final String LATE_REASON = "Demodata: perioden er lagt ind, efter den er begyndt";
    private static final Logger log = LoggerFactory.getLogger(DemoRosters.class);

    /** What was set up, for the log line and the tests. */
    record Created(int staff, int poolMembers, long publishedPeriod, LocalDate publishedFrom, String score,
                   List<Long> opened, int bids, long wishPeriod, LocalDate wishesFrom, int wishes) {
    }

    private final RosterSetup roster;
    private final Staff staff;
    private final OrgDirectory org;
    private final int seconds;

    DemoRosters(RosterSetup roster, Staff staff, OrgDirectory org,
                @Value("${tilknyt.demo-roster-seconds:5}") int seconds) {
        this.roster = roster;
        this.staff = staff;
        this.org = org;
        this.seconds = seconds;
    }

    /** Sets up the rosters unless the care home is missing or already has a roster period. */
    Optional<Created> create(List<DemoUser> users, long seed) {
        Optional<OrgUnit> home = org.find(MunicipalityGenerator.CARE_HOME);
        if (home.isEmpty() || home.get().parentId() == null || roster.hasPeriods(MunicipalityGenerator.CARE_HOME)) {
            return Optional.empty();
        }
        Random random = new Random(seed);
        LocalDate today = roster.today();
        String employee = personOf(users, "demo-medarbejder");
        String poolUser = personOf(users, "demo-puljen");

        List<EmploymentSegment> careStaff = careStaff(MunicipalityGenerator.CARE_HOME, today);
        Map<String, Integer> weekends = terms(careStaff, random);
        roster.saveDemand(MunicipalityGenerator.CARE_HOME, demand(careStaff, weekends));
        List<EmploymentSegment> pool = careStaff(MunicipalityGenerator.POOL, today);
        pool.forEach(p -> roster.savePoolMember(p.personId(), MunicipalityGenerator.POOL, home.get().parentId()));

        LocalDate publishedFrom = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(PUBLISHED_WEEKS_BACK);
        long published = roster.openPeriodForWishes(MunicipalityGenerator.CARE_HOME, publishedFrom, PUBLISHED_WEEKS);
        wishes(published, publishedFrom, PUBLISHED_WEEKS, careStaff, employee, 50, 1, 2, random);
        String score = roster.solve(published, seconds);
        roster.publish(published, LATE_REASON);
        List<Long> opened = openByHand(published, today, random);
        int bids = bid(pool, poolUser, opened);

        // the day after the published period: at least 4 weeks ahead (rules.md), and no week without a roster
        LocalDate wishesFrom = publishedFrom.plusWeeks(PUBLISHED_WEEKS);
        long next = roster.openPeriodForWishes(MunicipalityGenerator.CARE_HOME, wishesFrom, WISH_WEEKS);
        int wishes = wishes(next, wishesFrom, WISH_WEEKS, careStaff, employee, 85, 2, 4, random);

        Created created = new Created(careStaff.size(), pool.size(), published, publishedFrom, score, opened, bids,
                next, wishesFrom, wishes);
        log.info("Demo: rosters for {}: period from {} published ({} staff, score {}), {} shifts opened by hand, {} bids "
                + "from {} pool members; period from {} open for wishes ({} wishes)", home.get().name(), publishedFrom,
                created.staff(), score, opened.size(), bids, pool.size(), wishesFrom, wishes);
        return Optional.of(created);
    }

    private static String personOf(List<DemoUser> users, String username) {
        return users.stream().filter(u -> u.username().equals(username)).map(DemoUser::personId).findFirst().orElse(null);
    }

    /** Care staff employed in the unit today, by person id; one segment each. */
    private List<EmploymentSegment> careStaff(String unitId, LocalDate today) {
        Map<String, EmploymentSegment> byPerson = new LinkedHashMap<>();
        staff.employedOn(Set.of(unitId), today).stream()
                .filter(s -> CARE_FAMILIES.contains(s.jobFamily()))
                .sorted(Comparator.comparing(EmploymentSegment::personId))
                .forEach(s -> byPerson.putIfAbsent(s.personId(), s));
        return List.copyOf(byPerson.values());
    }

    /**
     * Terms as a care home agrees them: trainees every 3rd weekend, assistants on evenings and nights every 2nd
     * (they are few), the rest every 2nd or 3rd; assistants, nurses and a quarter of the others give medicine;
     * one in six outside the night layer does not work nights. Returns the weekend frequency per person.
     */
    private Map<String, Integer> terms(List<EmploymentSegment> careStaff, Random random) {
        Map<String, Integer> weekends = new LinkedHashMap<>();
        for (EmploymentSegment s : careStaff) {
            boolean assistant = "sosu_assistant".equals(s.jobFamily());
            boolean lateLayer = s.shiftLayer() == ShiftLayer.EVENING || s.shiftLayer() == ShiftLayer.NIGHT;
            int every = s.type() == EmploymentType.TRAINEE ? 3 : assistant && lateLayer ? 2 : 2 + random.nextInt(2);
            boolean medicine = assistant || "nurse".equals(s.jobFamily()) || random.nextInt(4) == 0;
            boolean noNights = s.shiftLayer() != ShiftLayer.NIGHT && random.nextInt(6) == 0;
            roster.saveTerms(s.personId(), every, medicine ? Set.of("medicine") : Set.of(), noNights);
            weekends.put(s.personId(), every);
        }
        return weekends;
    }

    /**
     * The weekly pattern the staff of each layer can cover with room to spare, as the unit generator derives
     * it: weekend days from the weekend turns, weekdays from the contracted hours left; one nurse on weekday
     * day shifts and one assistant on evenings and nights when there are enough of them. Hourly substitutes and
     * the mixed layer come on top.
     */
    static List<RosterSetup.Need> demand(List<EmploymentSegment> careStaff, Map<String, Integer> weekendEvery) {
        List<EmploymentSegment> regular = careStaff.stream().filter(s -> s.type() != EmploymentType.HOURLY).toList();
        long nurses = regular.stream().filter(s -> "nurse".equals(s.jobFamily())).count();
        List<RosterSetup.Need> needs = new ArrayList<>();
        for (ShiftLayer layer : SHIFT_LAYERS) {
            List<EmploymentSegment> own = regular.stream().filter(s -> s.shiftLayer() == layer).toList();
            double shiftsPerWeek = own.stream().mapToDouble(s -> s.weeklyHours().doubleValue()).sum() / SHIFT_HOURS;
            double turnsPerWeekendDay = own.stream().mapToDouble(s -> 1.0 / weekendEvery.getOrDefault(s.personId(), 2)).sum();
            int weekend = Math.max(1, (int) Math.floor(turnsPerWeekendDay / WEEKEND_SLACK));
            int weekday = Math.max(weekend, (int) Math.floor((shiftsPerWeek / SLACK - 2.0 * weekend) / 5));
            long assistants = own.stream().filter(s -> "sosu_assistant".equals(s.jobFamily())).count();
            for (int d = 1; d <= 7; d++) {
                int people = d <= 5 ? weekday : weekend;
                String special = layer == ShiftLayer.DAY ? (d <= 5 && nurses >= 2 ? "nurse" : null)
                        : assistants >= 3 ? "sosu_assistant" : null;
                if (special != null) {
                    needs.add(new RosterSetup.Need(d, layer.code(), special, 1));
                    people--;
                }
                if (people > 0) {
                    needs.add(new RosterSetup.Need(d, layer.code(), "care", people));
                }
            }
        }
        return needs;
    }

    /**
     * Wishes from {@code share} % of the staff (always from the demo employee): days off, wanted shifts in their
     * own layer, shifts to avoid, priorities 1–3, on different days. Returns how many were added.
     */
    private int wishes(long periodId, LocalDate first, int weeks, List<EmploymentSegment> careStaff, String employee,
                       int share, int least, int most, Random random) {
        int added = 0;
        for (EmploymentSegment s : careStaff) {
            boolean wishing = random.nextInt(100) < share;
            if (!wishing && !s.personId().equals(employee)) {
                continue;
            }
            Set<LocalDate> used = new HashSet<>();
            for (int i = least + random.nextInt(most - least + 1); i > 0; i--) {
                LocalDate date = first.plusDays(random.nextInt(weeks * 7));
                if (!used.add(date)) {
                    continue;
                }
                int roll = random.nextInt(4);
                String kind = roll < 2 ? "off" : roll == 2 ? "want" : "avoid";
                String layer = switch (kind) {
                    case "want" -> SHIFT_LAYERS.contains(s.shiftLayer()) ? s.shiftLayer().code()
                            : SHIFT_LAYERS.get(random.nextInt(3)).code();
                    case "avoid" -> random.nextBoolean() ? null : SHIFT_LAYERS.get(random.nextInt(3)).code();
                    default -> null;
                };
                roster.addWish(periodId, s.personId(), date, kind, layer, 1 + random.nextInt(3));
                added++;
            }
        }
        return added;
    }

    /** A few day and evening shifts in the coming days taken off their person, as when someone calls in sick. */
    private List<Long> openByHand(long periodId, LocalDate today, Random random) {
        List<Slot> candidates = new ArrayList<>(roster.slots(periodId).stream()
                .filter(s -> s.personId() != null && "care".equals(s.skill()) && !"night".equals(s.shift()))
                .filter(s -> {
                    long days = ChronoUnit.DAYS.between(today, s.date());
                    return days >= 1 && days <= 7;
                })
                .toList());
        Collections.shuffle(candidates, random);
        Set<LocalDate> days = new HashSet<>();
        List<Long> opened = new ArrayList<>();
        for (Slot slot : candidates) {
            if (opened.size() < OPENED_BY_HAND && days.add(slot.date())) {
                roster.open(periodId, slot.id());
                opened.add(slot.id());
            }
        }
        return opened;
    }

    /**
     * Two pool members (not the demo pool user, who is left to try it) bid for the first opened shift they are
     * offered, so the planner sees competing bids and the suggestion.
     */
    private int bid(List<EmploymentSegment> pool, String poolUser, List<Long> opened) {
        int bids = 0;
        for (EmploymentSegment member : pool) {
            if (bids == BIDDERS || member.personId().equals(poolUser)) {
                continue;
            }
            List<Long> offered = roster.offeredTo(member.personId());
            Optional<Long> slot = opened.stream().filter(offered::contains).findFirst();
            if (slot.isPresent()) {
                roster.bid(member.personId(), slot.get());
                bids++;
            }
        }
        return bids;
    }
}
