package dk.tilknyt.conversations.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.conversations.domain.ExitReason;
import dk.tilknyt.conversations.domain.ItemKind;
import dk.tilknyt.conversations.followup.ConversationRecords;
import dk.tilknyt.conversations.followup.InboxItem;
import dk.tilknyt.conversations.followup.ItemStore;
import dk.tilknyt.people.EmploymentSegment;
import dk.tilknyt.people.Staff;
import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * Anonymous exit and entry surveys through a one-time link that needs no login. The link's token is
 * random and only its SHA-256 hash is stored; the invitation holds the groups (unit, job family, tenure
 * and age band), never the person, and an answer is stored without any link to its invitation. A link
 * works once and only once.
 */
@Service
public class Surveys {

    public static final int VALID_DAYS = 60;

    public enum Kind { EXIT, ENTRY }

    /** The state of a link as the survey page sees it. */
    public enum LinkState { OPEN, USED, EXPIRED }

    public record Invitation(long id, Kind kind, LinkState state) {
    }

    /** What the respondent sends; {@code wouldComeBack} only in the exit survey. */
    public record Response(Set<ExitReason> reasons, Boolean wouldComeBack, String comment) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final ItemStore items;
    private final Staff staff;
    private final AnswerStore answers;

    Surveys(JdbcClient jdbc, ItemStore items, Staff staff, AnswerStore answers) {
        this.jdbc = jdbc;
        this.items = items;
        this.staff = staff;
        this.answers = answers;
    }

    /**
     * A new link for the person of an exit conversation (exit survey) or an onboarding item (entry survey);
     * one per item. Returns the token, which is shown once and never stored.
     */
    @Transactional
    public String issue(InboxItem item, LocalDate today) {
        Kind kind = switch (item.kind()) {
            case EXIT_CONVERSATION -> Kind.EXIT;
            case THREE_MONTH_CONVERSATION, ONBOARDING_TASK -> Kind.ENTRY;
            default -> throw InvalidInputException.unprocessable("conv.survey.notForKind",
                    "A survey link belongs to an exit conversation or an onboarding item.");
        };
        if (item.surveyIssuedOn() != null) {
            throw InvalidInputException.unprocessable("conv.survey.alreadyIssued", "A survey link was already made for this item.");
        }
        List<EmploymentSegment> segments = staff.history(item.personId()).stream()
                .filter(s -> s.employmentId().equals(item.employmentId())).toList();
        if (segments.isEmpty()) {
            throw new NotFoundException("Employment", item.employmentId());
        }
        LocalDate day = kind == Kind.EXIT ? item.refDate() : today;
        AnswerGroup group = AnswerGroup.of(staff.person(item.personId()).orElse(null), segments, day);
        String token = newToken();
        jdbc.sql("""
                insert into survey_invitation (token_hash, kind, unit_id, job_family, tenure_band, age_band, created_on, expires_on)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(hash(token), kind.name().toLowerCase(java.util.Locale.ROOT), group.unitId(), group.jobFamily(),
                        group.tenureBand(), group.ageBand(), today, today.plusDays(VALID_DAYS))
                .update();
        items.markSurveyIssued(item.id(), today);
        return token;
    }

    /** The invitation behind a token; empty for an unknown token. */
    public Optional<Invitation> find(String token, LocalDate today) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select id, kind, expires_on, used_on from survey_invitation where token_hash = ?")
                .param(hash(token))
                .query((rs, n) -> new Invitation(rs.getLong(1), Kind.valueOf(rs.getString(2).toUpperCase(java.util.Locale.ROOT)),
                        rs.getObject(4) != null ? LinkState.USED
                                : rs.getObject(3, LocalDate.class).isBefore(today) ? LinkState.EXPIRED : LinkState.OPEN))
                .optional();
    }

    /** Stores the answer and spends the link; a second answer through the same link is refused. */
    @Transactional
    public void answer(String token, Response response, LocalDate today) {
        Invitation invitation = find(token, today).orElseThrow(() -> new NotFoundException("Survey", "link"));
        if (invitation.state() != LinkState.OPEN) {
            throw InvalidInputException.unprocessable("conv.survey.spent", "This survey link has already been used or has expired.");
        }
        if (response.reasons() == null || response.reasons().isEmpty()) {
            throw InvalidInputException.unprocessable("conv.survey.reasonRequired", "Choose at least one reason.");
        }
        String comment = ConversationRecords.checkFreeText(response.comment());
        if (jdbc.sql("update survey_invitation set used_on = ? where id = ? and used_on is null")
                .params(today, invitation.id()).update() != 1) {
            throw InvalidInputException.unprocessable("conv.survey.spent", "This survey link has already been used or has expired.");
        }
        AnswerGroup group = jdbc.sql("select unit_id, job_family, tenure_band, age_band from survey_invitation where id = ?")
                .param(invitation.id())
                .query((rs, n) -> new AnswerGroup(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .single();
        AnswerStore.Source source = invitation.kind() == Kind.EXIT ? AnswerStore.Source.EXIT_SURVEY : AnswerStore.Source.ENTRY_SURVEY;
        // Answered in the month only: the day could be matched with the day a link was used.
        answers.insert(new AnswerStore.NewAnswer(source, null, null, null, group, today.withDayOfMonth(1), null,
                invitation.kind() == Kind.EXIT ? response.wouldComeBack() : null, null, null, comment, response.reasons()));
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
