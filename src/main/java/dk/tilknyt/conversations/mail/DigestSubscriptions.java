package dk.tilknyt.conversations.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dk.tilknyt.shared.InvalidInputException;

/** Who wants the daily e-mail of due and overdue items, and where to. */
@Repository
public class DigestSubscriptions {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public record Subscription(String username, String email) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    DigestSubscriptions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<String> emailOf(String username) {
        return jdbc.sql("select email from digest_subscription where username = ?").param(username).query(String.class).optional();
    }

    public List<Subscription> all() {
        return jdbc.sql("select username, email from digest_subscription order by username")
                .query((rs, n) -> new Subscription(rs.getString(1), rs.getString(2))).list();
    }

    public void subscribe(String username, String email) {
        String clean = email == null ? "" : email.strip();
        if (clean.length() > 254 || !EMAIL.matcher(clean).matches()) {
            throw InvalidInputException.unprocessable("conv.digest.emailInvalid", "Write a valid e-mail address.");
        }
        unsubscribe(username);
        jdbc.sql("insert into digest_subscription (username, email, created_at) values (?, ?, ?)")
                .params(username, clean, OffsetDateTime.now(clock)).update();
    }

    public void unsubscribe(String username) {
        jdbc.sql("delete from digest_subscription where username = ?").param(username).update();
    }
}
