package dk.tilknyt.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the real schema. Runs on H2 by default and once more on PostgreSQL in CI (the
 * {@code db} tag selects it for the pom's PostgreSQL execution). Clean with {@link DatabaseCleaner}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Tag("db")
public @interface DatabaseTest {
}
