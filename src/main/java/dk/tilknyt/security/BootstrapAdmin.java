package dk.tilknyt.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * api.md "Authentication": with TILKNYT_ADMIN_USERNAME and TILKNYT_ADMIN_PASSWORD set, an HR administrator
 * for the whole municipality is created, or its password reset. No other default password exists.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    BootstrapAdmin(UserStore users, PasswordEncoder encoder,
                   @Value("${tilknyt.admin.username:}") String username,
                   @Value("${tilknyt.admin.password:}") String password) {
        this.users = users;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank()) {
            return;
        }
        if (users.find(username).isPresent()) {
            users.update(username, Role.HR, null, null);
            users.updatePassword(username, encoder.encode(password));
            log.info("Bootstrap HR administrator '{}': role and password reset from the environment", username);
        } else {
            users.insert(username, encoder.encode(password), Role.HR, null, null, false);
            log.info("Bootstrap HR administrator '{}' created from the environment", username);
        }
    }
}
