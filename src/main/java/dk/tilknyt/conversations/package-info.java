/**
 * Lifecycle conversations and the leader's inbox: what is due for whom (sickness follow-up on the legal
 * calendar, onboarding programmes, exit, senior and care conversations, §56 agreements, hours-change
 * requests), the forms that record them, anonymous surveys with reason analysis, an e-mail digest and
 * the retention job for identifiable answers. Tells recruitment, through its SPI, which hires had their
 * 3-month conversation, and publishes {@link dk.tilknyt.conversations.LifePhaseLimits} ("no nights" agreed in a
 * senior conversation), which the roster module respects.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "org", "people", "absence", "recruitment"})
package dk.tilknyt.conversations;
