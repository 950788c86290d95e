package dk.tilknyt.conversations;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The module's daily jobs (inbox refresh, digest, retention) run on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ConversationsConfig {
}
