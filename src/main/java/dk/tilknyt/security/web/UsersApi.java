package dk.tilknyt.security.web;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import dk.tilknyt.security.AccessGuard;
import dk.tilknyt.security.Role;
import dk.tilknyt.security.UserAccount;
import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.security.UserAdministration.NewUser;
import dk.tilknyt.security.UserAdministration.UserChange;
import dk.tilknyt.shared.NotFoundException;

/**
 * api.md "Users": municipalities provision local users by script. HR only; every other role gets 403.
 * Bodies are records, answers never carry the password hash.
 */
@RestController
@RequestMapping("/api/users")
class UsersApi {

    private final AccessGuard guard;
    private final UserAdministration users;

    UsersApi(AccessGuard guard, UserAdministration users) {
        this.guard = guard;
        this.users = users;
    }

    /** A user as the API shows it: role as its code, scope as the unit id. */
    record UserJson(String username, String role, String scope, String personId, OffsetDateTime createdAt,
                    OffsetDateTime updatedAt) {

        static UserJson of(UserAccount account) {
            return new UserJson(account.username(), account.role().code(), account.scopeUnitId(), account.personId(),
                    account.createdAt(), account.updatedAt());
        }
    }

    @GetMapping
    List<UserJson> list() {
        guard.requireRole(Role.HR);
        return users.all().stream().map(UserJson::of).toList();
    }

    @GetMapping("/{username}")
    UserJson one(@PathVariable String username) {
        guard.requireRole(Role.HR);
        return users.find(username).map(UserJson::of).orElseThrow(() -> new NotFoundException("User", username));
    }

    @PostMapping
    ResponseEntity<UserJson> create(@RequestBody NewUser body) {
        guard.requireRole(Role.HR);
        UserAccount created = users.create(body, false);
        return ResponseEntity.created(URI.create("/api/users/" + UriUtils.encodePathSegment(created.username(),
                java.nio.charset.StandardCharsets.UTF_8))).body(UserJson.of(created));
    }

    @PutMapping("/{username}")
    UserJson change(@PathVariable String username, @RequestBody UserChange body) {
        guard.requireRole(Role.HR);
        return UserJson.of(users.change(username, body));
    }

    @DeleteMapping("/{username}")
    ResponseEntity<Void> delete(@PathVariable String username) {
        guard.requireRole(Role.HR);
        users.delete(username);
        return ResponseEntity.noContent().build();
    }
}
