package dk.tilknyt.conversations.mail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dk.tilknyt.conversations.domain.ItemStatus;
import dk.tilknyt.conversations.followup.InboxFilter;
import dk.tilknyt.conversations.followup.InboxItem;
import dk.tilknyt.conversations.followup.ItemStore;
import dk.tilknyt.org.OrgDirectory;
import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.AccessScope;
import dk.tilknyt.security.TilknytPrincipal;
import dk.tilknyt.security.UserAccount;
import dk.tilknyt.security.UserAdministration;

/**
 * A daily e-mail per subscribed leader with the open items of their scope that are overdue or due within
 * a week. Uses the SMTP server of {@code spring.mail.*}; with no {@code spring.mail.host} there is no mail
 * sender and the digest is off. In Danish, like the default of the UI.
 */
@Component
public class InboxDigest {

    private static final Logger log = LoggerFactory.getLogger(InboxDigest.class);
    static final int DAYS_AHEAD = 7;
    private static final Locale DANISH = Locale.of("da");

    private final ObjectProvider<JavaMailSender> mailSender;
    private final DigestSubscriptions subscriptions;
    private final UserAdministration users;
    private final AccessGuard guard;
    private final ItemStore items;
    private final OrgDirectory org;
    private final MessageSource messages;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    InboxDigest(ObjectProvider<JavaMailSender> mailSender, DigestSubscriptions subscriptions, UserAdministration users,
                AccessGuard guard, ItemStore items, OrgDirectory org, MessageSource messages, Clock clock,
                @Value("${tilknyt.conversations.digest-from:tilknyt@localhost}") String from,
                @Value("${tilknyt.base-url:http://localhost:8080}") String baseUrl) {
        this.mailSender = mailSender;
        this.subscriptions = subscriptions;
        this.users = users;
        this.guard = guard;
        this.items = items;
        this.org = org;
        this.messages = messages;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @Scheduled(cron = "${tilknyt.conversations.digest-cron:0 0 6 * * MON-FRI}", zone = "Europe/Copenhagen")
    void daily() {
        send();
    }

    /** Sends today's digests; returns how many mails went out (0 when mail is not configured). */
    public int send() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.debug("No spring.mail.host: the inbox digest is off");
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (DigestSubscriptions.Subscription s : subscriptions.all()) {
            List<InboxItem> due = users.find(s.username()).map(u -> dueFor(u, today)).orElse(List.of());
            if (due.isEmpty()) {
                continue;
            }
            try {
                sender.send(message(s.email(), due, today));
                sent++;
            } catch (MailException e) {
                log.warn("Could not send the inbox digest to {}: {}", s.username(), e.getMessage());
            }
        }
        return sent;
    }

    private List<InboxItem> dueFor(UserAccount user, LocalDate today) {
        if (!user.role().seesPersons() || user.role() == dk.tilknyt.security.Role.PLANNER) {
            return List.of();
        }
        AccessScope scope = guard.scopeOf(new TilknytPrincipal(user.username(), user.role(), user.scopeUnitId(), user.personId()));
        return items.list(new InboxFilter(scope.units(), null, today.plusDays(DAYS_AHEAD), ItemStatus.OPEN, null, null, today, 500));
    }

    SimpleMailMessage message(String to, List<InboxItem> due, LocalDate today) {
        long overdue = due.stream().filter(i -> i.isOverdue(today)).count();
        StringBuilder body = new StringBuilder(text("conv.digest.intro", today)).append("\n\n");
        for (InboxItem item : due) {
            body.append(item.dueDate()).append("  ")
                    .append(text("conv.kind." + item.kind().code())).append("  ")
                    .append(item.personId()).append("  ")
                    .append(org.tree().name(item.unitId()))
                    .append(item.isOverdue(today) ? "  " + text("conv.status.overdue").toUpperCase(DANISH) : "")
                    .append('\n');
        }
        body.append('\n').append(text("conv.digest.link", baseUrl + "/inbox")).append('\n');
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject(text("conv.digest.subject", overdue, due.size() - overdue));
        mail.setText(body.toString());
        return mail;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, DANISH);
    }
}
