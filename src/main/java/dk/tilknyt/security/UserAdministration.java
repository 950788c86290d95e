package dk.tilknyt.security;

import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.tilknyt.shared.InvalidInputException;
import dk.tilknyt.shared.NotFoundException;

/**
 * Local users as api.md ("Users") describes them, for the API, the admin pages and the demo loader.
 * A weak password, an unknown unit or person, or a role without its required field is refused (422).
 */
@Service
public class UserAdministration {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private final UserStore store;
    private final PasswordEncoder encoder;
    private final UnitHierarchy units;
    private final PersonPlacement persons;

    UserAdministration(UserStore store, PasswordEncoder encoder, UnitHierarchy units, PersonPlacement persons) {
        this.store = store;
        this.encoder = encoder;
        this.units = units;
        this.persons = persons;
    }

    /** A new user; the command carries plain values as they arrive from a form or a request body. */
    public record NewUser(String username, String password, String role, String scope, String personId) {
    }

    /** Changes to a user; null fields stay as they are. */
    public record UserChange(String password, String role, String scope, String personId) {
    }

    public List<UserAccount> all() {
        return store.all();
    }

    public Optional<UserAccount> find(String username) {
        return store.find(username);
    }

    public long count() {
        return store.count();
    }

    @Transactional
    public UserAccount create(NewUser command, boolean demo) {
        String username = command.username() == null ? "" : command.username().trim();
        if (username.isEmpty() || username.length() > 100 || !username.matches("[\\p{L}\\p{N}._@-]+")) {
            throw InvalidInputException.unprocessable("user.username.invalid",
                    "The username must be 1-100 letters, digits or . _ @ -.");
        }
        if (store.find(username).isPresent()) {
            throw InvalidInputException.unprocessable("user.username.taken", "The username '" + username + "' is taken.");
        }
        Role role = role(command.role());
        String scope = scopeFor(role, command.scope());
        String personId = personFor(role, command.personId());
        checkPassword(command.password());
        store.insert(username, encoder.encode(command.password()), role, scope, personId, demo);
        return store.find(username).orElseThrow();
    }

    @Transactional
    public UserAccount change(String username, UserChange change) {
        UserAccount existing = store.find(username).orElseThrow(() -> new NotFoundException("User", username));
        Role role = change.role() == null ? existing.role() : role(change.role());
        String scope = scopeFor(role, change.scope() != null ? change.scope() : existing.scopeUnitId());
        String personId = personFor(role, change.personId() != null ? change.personId() : existing.personId());
        if (change.password() != null) {
            checkPassword(change.password());
        }
        store.update(username, role, scope, personId);
        if (change.password() != null) {
            store.updatePassword(username, encoder.encode(change.password()));
        }
        return store.find(username).orElseThrow();
    }

    @Transactional
    public void delete(String username) {
        if (!store.delete(username)) {
            throw new NotFoundException("User", username);
        }
    }

    private static Role role(String code) {
        return Role.fromCode(code).orElseThrow(() -> InvalidInputException.unprocessable("user.role.invalid",
                "The role must be one of hr, leader, planner, council, employee."));
    }

    private String scopeFor(Role role, String scope) {
        if (!role.needsScopeUnit()) {
            return null;
        }
        if (scope == null || scope.isBlank()) {
            throw InvalidInputException.unprocessable("user.scope.required",
                    "The role " + role.code() + " needs a scope: the org unit whose subtree the user may see.");
        }
        if (!units.exists(scope.trim())) {
            throw InvalidInputException.unprocessable("user.scope.unknown", "There is no org unit '" + scope + "'.");
        }
        return scope.trim();
    }

    private String personFor(Role role, String personId) {
        if (role != Role.EMPLOYEE) {
            return personId == null || personId.isBlank() ? null : knownPerson(personId.trim());
        }
        if (personId == null || personId.isBlank()) {
            throw InvalidInputException.unprocessable("user.person.required", "The role employee needs a personId.");
        }
        return knownPerson(personId.trim());
    }

    private String knownPerson(String personId) {
        if (!persons.exists(personId)) {
            throw InvalidInputException.unprocessable("user.person.unknown", "There is no person '" + personId + "'.");
        }
        return personId;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw InvalidInputException.unprocessable("user.password.weak",
                    "The password must be at least " + MIN_PASSWORD_LENGTH + " characters long.");
        }
    }
}
