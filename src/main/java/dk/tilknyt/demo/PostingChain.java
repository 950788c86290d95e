package dk.tilknyt.demo;

import static dk.tilknyt.demo.Weighted.between;
import static dk.tilknyt.demo.Weighted.chance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dk.tilknyt.demo.Staffing.Employment;
import dk.tilknyt.demo.Staffing.Slot;

/**
 * The recruitment for one vacancy: a posting, re-posted at most once (genopslag) when nobody fit, ending
 * filled, unfilled or cancelled. The story is planned in full when the vacancy arises; the files show
 * it as it stood on the last day (a posting decided later is still {@code open}).
 */
final class PostingChain {

    /** One posting of the chain; {@code decidedDay} is when its outcome became known. */
    record Ad(int published, int deadline, String outcome, int decidedDay, int filledDay) {
    }

    final int index;
    final Slot slot;
    final double hours;
    final List<Ad> ads;
    /** First day of the new holder, when filled; else when a temporary fills the gap. */
    final int startDay;
    final boolean filled;
    /** The employment the hired applicant became, once the simulation got there. */
    Employment hired;

    private PostingChain(int index, Slot slot, double hours, List<Ad> ads, int startDay, boolean filled) {
        this.index = index;
        this.slot = slot;
        this.hours = hours;
        this.ads = ads;
        this.startDay = startDay;
        this.filled = filled;
    }

    /** Plans the recruitment for a position whose holder leaves after {@code lastDay}, known {@code noticeDays} before. */
    static PostingChain plan(int index, Slot slot, int lastDay, int noticeDays, SplittableRandom rng) {
        Family family = slot.family;
        int published = lastDay - noticeDays + between(rng, 0, 10);
        int deadline = published + between(rng, 14, 28);
        double hours = family.drawHours(rng, slot.layer);
        List<Ad> ads = new ArrayList<>(2);
        boolean repost = chance(rng, family.repostShare);
        if (!repost && chance(rng, 0.02)) {
            ads.add(new Ad(published, deadline, "cancelled", published + between(rng, 5, 20), 0));
            return new PostingChain(index, slot, hours, ads, deadline + between(rng, 14, 45), false);
        }
        if (repost) {
            int next = deadline + between(rng, 3, 21);
            ads.add(new Ad(published, deadline, "reposted", next, 0));
            published = next;
            deadline = published + between(rng, 14, 28);
        }
        if (chance(rng, family.unfilledShare * (repost ? 1.5 : 0.4))) {
            ads.add(new Ad(published, deadline, "unfilled", deadline + between(rng, 14, 35), 0));
            return new PostingChain(index, slot, hours, ads, deadline + between(rng, 21, 60), false);
        }
        int filledDay = deadline + between(rng, 7, 24);
        ads.add(new Ad(published, deadline, "filled", filledDay, filledDay));
        int start = firstOrFifteenth(Math.max(lastDay + 1, filledDay + between(rng, 14, 50)));
        return new PostingChain(index, slot, hours, ads, start, true);
    }

    /** Contracts start on the 1st or the 15th of a month. */
    static int firstOrFifteenth(int day) {
        LocalDate date = LocalDate.ofEpochDay(day);
        if (date.getDayOfMonth() == 1 || date.getDayOfMonth() == 15) {
            return day;
        }
        LocalDate next = date.getDayOfMonth() < 15 ? date.withDayOfMonth(15) : date.withDayOfMonth(1).plusMonths(1);
        return (int) next.toEpochDay();
    }

    int firstPublished() {
        return ads.getFirst().published();
    }
}
