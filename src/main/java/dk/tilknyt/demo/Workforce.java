package dk.tilknyt.demo;

import static dk.tilknyt.demo.Weighted.between;
import static dk.tilknyt.demo.Weighted.chance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

import dk.tilknyt.demo.OrgPlan.PlannedUnit;
import dk.tilknyt.demo.Staffing.Employment;
import dk.tilknyt.demo.Staffing.Person;
import dk.tilknyt.demo.Staffing.Segment;
import dk.tilknyt.demo.Staffing.Slot;
import dk.tilknyt.demo.UnitKind.Position;

/**
 * Simulates the staff of the planned units day by day over the period: every position starts filled,
 * holders leave (resign, retire, end a contract, are dismissed), change hours or move to another unit,
 * and each vacancy is filled again, mostly through a posting, by a new person, a former employee, a
 * newly trained SOSU trainee or a colleague from another unit. Headcount stays roughly stable because
 * positions, not people, are the unit of the simulation. One random generator, consumed in event order,
 * makes the result a pure function of the seed.
 */
final class Workforce {

    private static final int TRAINEE_HELPER_DAYS = 580;
    private static final int TRAINEE_ASSISTANT_DAYS = 1_000;

    private enum Fill { TEMPORARY, TRANSFER, TRAINEE, HOURLY }

    private enum Type { LEAVE, CONTRACT_END, HOURS, FILL }

    private record Event(int day, long seq, Type type, Slot slot, int version, Object data) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            return day != o.day ? Integer.compare(day, o.day) : Long.compare(seq, o.seq);
        }
    }

    private record Leaver(Person person, int lastDay) {
    }

    private final SplittableRandom rng;
    private final int first;
    private final int last;
    private final List<Slot> slots = new ArrayList<>();
    private final Map<Family, List<Slot>> byFamily = new EnumMap<>(Family.class);
    private final Map<Family, List<Leaver>> formerStaff = new EnumMap<>(Family.class);
    private final List<Leaver> graduates = new ArrayList<>();
    private final PriorityQueue<Event> queue = new PriorityQueue<>();
    private final List<Person> persons = new ArrayList<>();
    private final List<PostingChain> chains = new ArrayList<>();
    private long seq;
    private int today;

    Workforce(OrgPlan plan, LocalDate first, LocalDate last, SplittableRandom rng) {
        this.rng = rng;
        this.first = (int) first.toEpochDay();
        this.last = (int) last.toEpochDay();
        for (PlannedUnit unit : plan.units()) {
            for (Position position : unit.kind().positions(unit.size(), unit.withLeader())) {
                Slot slot = new Slot(unit, position.family(), position.kind(), layer(unit, position));
                slots.add(slot);
                byFamily.computeIfAbsent(slot.family, f -> new ArrayList<>()).add(slot);
            }
        }
    }

    List<Person> persons() {
        return persons;
    }

    List<PostingChain> chains() {
        return chains;
    }

    Workforce run() {
        today = first;
        for (Slot slot : slots) {
            startingHolder(slot);
        }
        while (!queue.isEmpty() && queue.peek().day() <= last) {
            Event event = queue.poll();
            today = event.day();
            if (event.type() != Type.FILL && event.version() != event.slot().version) {
                continue;
            }
            switch (event.type()) {
                case LEAVE -> leave(event.slot(), today, (String) event.data());
                case CONTRACT_END -> contractEnds(event.slot());
                case HOURS -> changeHours(event.slot());
                case FILL -> {
                    if (event.data() instanceof PostingChain chain) {
                        fillPosted(event.slot(), chain);
                    } else {
                        fill(event.slot(), (Fill) event.data());
                    }
                }
            }
        }
        postingsForComingDepartures();
        return this;
    }

    /**
     * Holders who have given notice but are still employed on the last day: their replacement is
     * already being recruited, so the postings in progress then show up as open.
     */
    private void postingsForComingDepartures() {
        while (!queue.isEmpty() && queue.peek().day() <= last + 150) {
            Event event = queue.poll();
            Slot slot = event.slot();
            if (event.type() == Type.LEAVE && event.version() == slot.version && slot.kind == Position.Kind.REGULAR) {
                PostingChain chain = PostingChain.plan(chains.size(), slot, event.day(), noticeDays((String) event.data()), rng);
                if (chain.firstPublished() <= last) {
                    chains.add(chain);
                }
            }
        }
    }

    private String layer(PlannedUnit unit, Position position) {
        if (unit.layer() != null) {
            return unit.layer();
        }
        if (!unit.kind().roundTheClock) {
            return null;
        }
        if (position.family() == Family.LEADER || position.family() == Family.ADMIN
                || position.family() == Family.SERVICE || position.family() == Family.THERAPIST) {
            return "day";
        }
        if (unit.kind() == UnitKind.POOL) {
            return "mixed";
        }
        return new String[] {"day", "evening", "night", "mixed"}[Weighted.index(rng, new double[] {55, 25, 12, 8})];
    }

    // ---- the holders at the start of the period

    private void startingHolder(Slot slot) {
        Person person = newPerson(Ages.STOCK.forFamily(slot.family, slot.kind).draw(rng), first);
        switch (slot.kind) {
            case TRAINEE -> {
                int start = first - rng.nextInt(programmeDays(slot) - 30);
                hire(slot, person.newEmployment(), start, "trainee", 37);
            }
            case HOURLY -> hire(slot, person.newEmployment(), first - 1 - Weighted.waitDays(rng, 0.5),
                    "hourly", between(rng, 6, 20));
            case REGULAR -> {
                int age = LocalDate.ofEpochDay(first).getYear() - person.birthYear;
                int tenure = Math.min(Weighted.waitDays(rng, 1 / 8.0), (age - 19) * 365);
                int start = first - 1 - Math.max(0, tenure);
                boolean temporary = slot.family != Family.LEADER && chance(rng, 0.06);
                hire(slot, person.newEmployment(), start, temporary ? "temporary" : "permanent",
                        slot.family.drawHours(rng, slot.layer));
            }
        }
    }

    // ---- hiring

    private void hire(Slot slot, Employment employment, int start, String type, double hours) {
        employment.segments.add(new Segment(start, slot.unit.id(), slot.family, type, hours, slot.layer));
        occupy(slot, employment, Math.max(start, today), start > today - 365);
    }

    private void occupy(Slot slot, Employment employment, int from, boolean firstYear) {
        slot.holder = employment;
        slot.version++;
        String type = employment.current().type;
        switch (slot.kind) {
            case TRAINEE -> {
                int end = employment.current().start + programmeDays(slot);
                if (chance(rng, 0.15)) {
                    push(Type.LEAVE, Math.min(end, from + between(rng, 30, 400)), slot, "resigned");
                } else {
                    push(Type.LEAVE, end, slot, "end_of_contract");
                }
            }
            case HOURLY -> push(Type.LEAVE, from + 1 + Weighted.waitDays(rng, 0.35), slot,
                    chance(rng, 0.8) ? "resigned" : "end_of_contract");
            case REGULAR -> {
                if ("temporary".equals(type)) {
                    push(Type.CONTRACT_END, from + between(rng, 90, 365), slot, null);
                } else {
                    scheduleLeaving(slot, employment.person, from, firstYear);
                    push(Type.HOURS, from + 1 + Weighted.waitDays(rng, 0.07), slot, null);
                }
            }
        }
    }

    private void scheduleLeaving(Slot slot, Person person, int from, boolean firstYear) {
        int age = LocalDate.ofEpochDay(from).getYear() - person.birthYear;
        double rate = slot.family.leavingRate * (age < 30 ? 1.3 : age < 50 ? 1.0 : age < 60 ? 0.6 : 0.5);
        int day;
        if (firstYear && chance(rng, 1 - Math.exp(-1.6 * rate))) {
            day = from + between(rng, 20, 364);
        } else {
            day = from + (firstYear ? 365 : 1) + Weighted.waitDays(rng, rate);
        }
        String reason;
        double r = rng.nextDouble();
        if (r < 0.04) {
            reason = "dismissed";
        } else if (r < 0.055) {
            reason = "other";
        } else if (r < 0.06 && age > 50) {
            reason = "death";
        } else {
            reason = "resigned";
        }
        if (person.retireDay <= day) {
            day = person.retireDay;
            reason = "retired";
        }
        push(Type.LEAVE, day, slot, reason);
    }

    private void fill(Slot slot, Fill how) {
        if (slot.holder != null) {
            return;
        }
        switch (how) {
            case TRAINEE -> hire(slot, newPerson(Ages.TRAINEE.draw(rng), today).newEmployment(), today, "trainee", 37);
            case HOURLY -> hire(slot, hourlyPerson(slot).newEmployment(), today, "hourly", between(rng, 6, 20));
            case TEMPORARY -> hire(slot, newPerson(Ages.HIRE.forFamily(slot.family, slot.kind).draw(rng), today)
                    .newEmployment(), today, "temporary", slot.family.drawHours(rng, slot.layer));
            case TRANSFER -> transfer(slot);
        }
    }

    /**
     * The hired applicant of a posting: a newly trained SOSU trainee, a colleague from another unit (a new
     * employment), a former employee coming back, or, mostly, somebody new.
     */
    private void fillPosted(Slot slot, PostingChain chain) {
        if (slot.holder != null) {
            return;
        }
        Person person = slot.family.isCare() && chance(rng, 0.5) ? take(graduates, slot, 180) : null;
        if (person == null && chance(rng, slot.family.isCare() ? 0.12 : 0.08)) {
            Slot colleague = colleague(slot);
            if (colleague != null) {
                person = colleague.holder.person;
                int lastDay = Math.max(colleague.holder.current().start, today - between(rng, 1, 5));
                close(colleague, lastDay, "resigned");
                vacancy(colleague, lastDay, "resigned");
            }
        }
        if (person == null && chance(rng, 0.05)) {
            person = take(formerStaff.getOrDefault(slot.family, List.of()), slot, 1_095);
        }
        if (person == null) {
            person = newPerson(Ages.HIRE.forFamily(slot.family, slot.kind).draw(rng), today);
        }
        Employment employment = person.newEmployment();
        chain.hired = employment;
        hire(slot, employment, today, "permanent", chain.hours);
    }

    /** Omplacering: a colleague from another unit moves here in the same employment (a new segment). */
    private void transfer(Slot slot) {
        Slot from = colleague(slot);
        if (from == null) {
            hire(slot, newPerson(Ages.HIRE.forFamily(slot.family, slot.kind).draw(rng), today).newEmployment(),
                    today, "permanent", slot.family.drawHours(rng, slot.layer));
            return;
        }
        Employment employment = from.holder;
        Segment previous = employment.current();
        previous.end = today - 1;
        from.holder = null;
        from.version++;
        vacancy(from, today - 1, "transfer");
        employment.segments.add(new Segment(today, slot.unit.id(), slot.family, previous.type, previous.hours, slot.layer));
        occupy(slot, employment, today, false);
    }

    /** A permanent holder of the same job family in another unit, settled for half a year and not about to retire. */
    private Slot colleague(Slot target) {
        List<Slot> pool = byFamily.get(target.family);
        for (int tries = 0; tries < 12; tries++) {
            Slot candidate = pool.get(rng.nextInt(pool.size()));
            if (candidate == target || candidate.holder == null || candidate.kind != Position.Kind.REGULAR
                    || candidate.unit == target.unit) {
                continue;
            }
            Segment current = candidate.holder.current();
            if ("permanent".equals(current.type) && current.start <= today - 180
                    && candidate.holder.person.retireDay > today + 365) {
                return candidate;
            }
        }
        return null;
    }

    private Person take(List<Leaver> leavers, Slot slot, int withinDays) {
        for (int tries = 0; tries < 8 && !leavers.isEmpty(); tries++) {
            int i = rng.nextInt(leavers.size());
            Leaver leaver = leavers.get(i);
            boolean fits = leaver.lastDay() >= today - withinDays && leaver.lastDay() <= today - 14
                    && leaver.person().employments.getLast().current().family == slot.family
                    && leaver.person().retireDay > today + 365;
            if (fits) {
                leavers.set(i, leavers.getLast());
                leavers.removeLast();
                return leaver.person();
            }
        }
        return null;
    }

    private Person hourlyPerson(Slot slot) {
        Person former = chance(rng, 0.1) ? take(formerStaff.getOrDefault(slot.family, List.of()), slot, 1_095) : null;
        return former != null ? former : newPerson(Ages.HIRE.forFamily(slot.family, slot.kind).draw(rng), today);
    }

    // ---- changes while employed

    private void changeHours(Slot slot) {
        Employment employment = slot.holder;
        Segment current = employment.current();
        if (current.start < today) {
            boolean up = current.hours < 37 && chance(rng, 0.6);
            double hours = up ? Math.min(37, current.hours + between(rng, 1, 5))
                    : Math.max(15, current.hours - between(rng, 1, 5));
            if (hours != current.hours) {
                current.end = today - 1;
                employment.segments.add(new Segment(today, current.unitId, current.family, current.type, hours,
                        current.layer));
            }
        }
        push(Type.HOURS, today + 1 + Weighted.waitDays(rng, 0.07), slot, null);
    }

    /** A temporary contract ends: about a third are made permanent (a new segment), the rest leave. */
    private void contractEnds(Slot slot) {
        Employment employment = slot.holder;
        Segment current = employment.current();
        if (chance(rng, 0.35) && current.start < today) {
            current.end = today;
            employment.segments.add(new Segment(today + 1, current.unitId, current.family, "permanent", current.hours,
                    current.layer));
            occupy(slot, employment, today + 1, false);
        } else {
            leave(slot, today, "end_of_contract");
        }
    }

    private void leave(Slot slot, int lastDay, String reason) {
        Employment employment = slot.holder;
        close(slot, lastDay, reason);
        Person person = employment.person;
        if (slot.kind == Position.Kind.TRAINEE && "end_of_contract".equals(reason)) {
            graduates.add(new Leaver(person, lastDay));
        } else if (("resigned".equals(reason) || "end_of_contract".equals(reason)) && slot.kind == Position.Kind.REGULAR) {
            formerStaff.computeIfAbsent(slot.family, f -> new ArrayList<>()).add(new Leaver(person, lastDay));
        }
        vacancy(slot, lastDay, reason);
    }

    private void close(Slot slot, int lastDay, String reason) {
        Employment employment = slot.holder;
        employment.current().end = Math.max(lastDay, employment.current().start);
        employment.departureReason = reason;
        slot.holder = null;
        slot.version++;
    }

    // ---- vacancies

    private void vacancy(Slot slot, int lastDay, String reason) {
        switch (slot.kind) {
            case TRAINEE -> push(Type.FILL, nextIntake(lastDay + 1), slot, Fill.TRAINEE);
            case HOURLY -> push(Type.FILL, lastDay + between(rng, 7, 45), slot, Fill.HOURLY);
            case REGULAR -> {
                if (chance(rng, 0.08)) {
                    push(Type.FILL, lastDay + between(rng, 1, 21), slot, Fill.TEMPORARY);
                } else if (chance(rng, 0.04)) {
                    push(Type.FILL, lastDay + between(rng, 1, 30), slot, Fill.TRANSFER);
                } else {
                    PostingChain chain = PostingChain.plan(chains.size(), slot, lastDay, noticeDays(reason), rng);
                    chains.add(chain);
                    push(Type.FILL, chain.startDay, slot, chain.filled ? chain : Fill.TEMPORARY);
                }
            }
        }
    }

    private int noticeDays(String reason) {
        return switch (reason) {
            case "retired" -> between(rng, 60, 150);
            case "death" -> 0;
            case "transfer" -> between(rng, 14, 40);
            case "dismissed" -> between(rng, 30, 90);
            default -> between(rng, 25, 55);
        };
    }

    /** SOSU schools take in trainees in February and August. */
    private static int nextIntake(int day) {
        LocalDate date = LocalDate.ofEpochDay(day);
        LocalDate february = LocalDate.of(date.getYear(), 2, 1);
        LocalDate august = LocalDate.of(date.getYear(), 8, 15);
        LocalDate next = !date.isAfter(february) ? february : !date.isAfter(august) ? august : february.plusYears(1);
        return (int) next.toEpochDay();
    }

    private static int programmeDays(Slot slot) {
        return slot.family == Family.SOSU_HELPER ? TRAINEE_HELPER_DAYS : TRAINEE_ASSISTANT_DAYS;
    }

    // ---- people and events

    private Person newPerson(int age, int day) {
        int year = LocalDate.ofEpochDay(day).getYear();
        int birthYear = year - age;
        int retireAge = (int) Weighted.pick(rng, new double[] {60, 62, 64, 65, 66, 67, 68},
                new double[] {6, 14, 18, 20, 20, 17, 5});
        int retireDay = (int) LocalDate.of(birthYear + retireAge, 1, 1).toEpochDay() + rng.nextInt(365);
        if (retireDay < day + 180) {
            retireDay = day + between(rng, 180, 900);
        }
        boolean parent = age >= 22 && age <= 44 && chance(rng, 0.55);
        Person person = new Person(100_001 + persons.size(), birthYear, retireDay, parent);
        persons.add(person);
        return person;
    }

    private void push(Type type, int day, Slot slot, Object data) {
        queue.add(new Event(Math.max(day, today), seq++, type, slot, slot.version, data));
    }
}
