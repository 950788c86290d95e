package dk.tilknyt.imports;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import dk.tilknyt.security.UserAdministration;
import dk.tilknyt.support.DatabaseCleaner;

/** api.md "Import": 413 for a file over {@code tilknyt.import.max-bytes} (here 1 KB). */
@SpringBootTest(properties = "tilknyt.import.max-bytes=1KB")
@AutoConfigureMockMvc
class ImportApiLimitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration users;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void hrUser() {
        DatabaseCleaner.clean(dataSource);
        users.create(new UserAdministration.NewUser("hr.anne", ImportApiTest.PASSWORD, "hr", null, null), false);
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() throws Exception {
        mvc.perform(post("/api/imports/absences").with(httpBasic("hr.anne", ImportApiTest.PASSWORD))
                        .contentType("text/csv").content("x".repeat(1025)))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.message").value(containsString("larger than allowed")));
    }

    @Test
    void aBodyWithinTheLimitIsRead() throws Exception {
        mvc.perform(post("/api/imports/absences").with(httpBasic("hr.anne", ImportApiTest.PASSWORD))
                        .contentType("text/csv").content("x".repeat(1024)))
                .andExpect(status().isUnprocessableContent());
    }
}
