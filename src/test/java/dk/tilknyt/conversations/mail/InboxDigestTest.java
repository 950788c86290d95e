package dk.tilknyt.conversations.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import dk.tilknyt.conversations.Fixtures;
import dk.tilknyt.conversations.followup.FollowUpDerivation;
import dk.tilknyt.conversations.followup.RefreshJob;
import dk.tilknyt.conversations.followup.SettingsStore;
import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.DatabaseCleaner;
import dk.tilknyt.support.DatabaseTest;
import jakarta.mail.internet.MimeMessage;

/** The e-mail digest, sent through a real SMTP server (GreenMail) configured with spring.mail.*. */
@DatabaseTest
class InboxDigestTest {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("tilknyt.conversations.digest-from", () -> "tilknyt@kommune.test");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FollowUpDerivation derivation;
    @Autowired
    SettingsStore settings;
    @Autowired
    RefreshJob refreshJob;
    @Autowired
    UserAdministration users;
    @Autowired
    DigestSubscriptions subscriptions;
    @Autowired
    InboxDigest digest;

    @BeforeEach
    void leadersWithItems() throws Exception {
        refreshJob.awaitIdle(30);
        DatabaseCleaner.clean(dataSource);
        SMTP.purgeEmailFromAllMailboxes();
        LocalDate today = LocalDate.now(java.time.Clock.system(java.time.ZoneId.of("Europe/Copenhagen")));
        settings.setSince(today.minusYears(1));
        new Fixtures(jdbc).organisation()
                .person("p1", 1980).segment("e1", "p1", LocalDate.of(2018, 1, 1), null, "pc-sol", "nurse", 37, null)
                // 40 days: §7a (day 28), notification (day 35) and care conversation (15 days) are all overdue
                .sick("a1", "p1", today.minusDays(40), null);
        derivation.refreshAll(today);
        users.create(new UserAdministration.NewUser("leder.nord", "correct-horse-battery", "leader", "nord", null), false);
        users.create(new UserAdministration.NewUser("leder.syd", "correct-horse-battery", "leader", "syd", null), false);
        subscriptions.subscribe("leder.nord", "leder.nord@kommune.test");
        subscriptions.subscribe("leder.syd", "leder.syd@kommune.test");
    }

    @Test
    void eachSubscribedLeaderGetsTheOverdueAndComingItemsOfTheirScope() throws Exception {
        int sent = digest.send();

        assertThat(sent).isOne();
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("leder.nord@kommune.test");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("tilknyt@kommune.test");
        assertThat(mail.getSubject()).startsWith("Tilknyt: 3 overskredne og 0 kommende");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("Sygefrav").contains("p1").contains("/inbox");
    }

    @Test
    void aLeaderWhoStopsTheDigestGetsNone() {
        subscriptions.unsubscribe("leder.nord");
        assertThat(digest.send()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }
}
