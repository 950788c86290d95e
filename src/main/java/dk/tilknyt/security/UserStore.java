package dk.tilknyt.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** Local users in the database; also Spring Security's user look-up for form login and HTTP Basic. */
@Repository
class UserStore implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoginThrottle throttle;

    UserStore(JdbcClient jdbc, Clock clock, LoginThrottle throttle) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, role, scope_unit_id, person_id, password_hash from app_user where username = ?")
                .param(username)
                .query((rs, n) -> new LocalUser(principal(rs), rs.getString(5), throttle.isLocked(username)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** The user as Tilknyt sees it now: re-read for every request, so a change or deletion takes effect at once. */
    Optional<TilknytPrincipal> principal(String username) {
        return jdbc.sql("select username, role, scope_unit_id, person_id from app_user where username = ?")
                .param(username).query((rs, n) -> principal(rs)).optional();
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    Optional<UserAccount> find(String username) {
        return jdbc.sql("select username, role, scope_unit_id, person_id, demo, created_at, updated_at from app_user where username = ?")
                .param(username).query(UserStore::account).optional();
    }

    List<UserAccount> all() {
        return jdbc.sql("select username, role, scope_unit_id, person_id, demo, created_at, updated_at from app_user order by username")
                .query(UserStore::account).list();
    }

    void insert(String username, String passwordHash, Role role, String scopeUnitId, String personId, boolean demo) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into app_user (username, password_hash, role, scope_unit_id, person_id, demo, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(username, passwordHash, role.code(), scopeUnitId, personId, demo, now, now).update();
    }

    void update(String username, Role role, String scopeUnitId, String personId) {
        jdbc.sql("update app_user set role = ?, scope_unit_id = ?, person_id = ?, updated_at = ? where username = ?")
                .params(role.code(), scopeUnitId, personId, OffsetDateTime.now(clock), username).update();
    }

    void updatePassword(String username, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ?, updated_at = ? where username = ?")
                .params(passwordHash, OffsetDateTime.now(clock), username).update();
    }

    boolean delete(String username) {
        return jdbc.sql("delete from app_user where username = ?").param(username).update() > 0;
    }

    private static TilknytPrincipal principal(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TilknytPrincipal(rs.getString(1), Role.fromCode(rs.getString(2)).orElseThrow(), rs.getString(3),
                rs.getString(4));
    }

    private static UserAccount account(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new UserAccount(rs.getString(1), Role.fromCode(rs.getString(2)).orElseThrow(), rs.getString(3),
                rs.getString(4), rs.getBoolean(5), rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class));
    }
}
