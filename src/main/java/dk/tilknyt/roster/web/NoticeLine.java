package dk.tilknyt.roster.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import dk.tilknyt.roster.store.NoticeStore.Notice;

/** A change notice as a page shows it: its text, when, whether unread and whether it came at short notice. */
record NoticeLine(long id, String personId, String kind, String text, String when, boolean unread, boolean shortNotice) {

    /** The application's clock runs in Danish time; stamps are shown in it too. */
    private static final ZoneId DANISH = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    static NoticeLine of(Notice n, String text) {
        return new NoticeLine(n.id(), n.personId(), n.kind(), text,
                n.createdAt().atZoneSameInstant(DANISH).format(WHEN), n.unread(), n.shortNotice());
    }
}
