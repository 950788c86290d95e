package dk.tilknyt.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.junit.jupiter.api.Test;

/** What a session holds must survive the servlet container writing sessions to disk on restart. */
class PrincipalsTest {

    private static Object roundTrip(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }

    private static final TilknytPrincipal LEADER = new TilknytPrincipal("leder.a", Role.LEADER, "omr-a", null);

    @Test
    void aSignedInUserSurvivesSerialisation() throws Exception {
        assertThat(((SignedInUser) roundTrip(new SignedInUser(LEADER))).tilknytPrincipal()).isEqualTo(LEADER);
    }

    @Test
    void aLocalUserKeepsNoPasswordHashOnceChecked() throws Exception {
        LocalUser user = new LocalUser(LEADER, "{bcrypt}$2a$10$hash", false);
        user.eraseCredentials();
        LocalUser copy = (LocalUser) roundTrip(user);
        assertThat(copy.getPassword()).isNull();
        assertThat(copy.tilknytPrincipal()).isEqualTo(LEADER);
    }

    @Test
    void aThrottledLocalUserIsLocked() {
        assertThat(new LocalUser(LEADER, "x", true).isAccountNonLocked()).isFalse();
        assertThat(new LocalUser(LEADER, "x", false).isAccountNonLocked()).isTrue();
    }
}
