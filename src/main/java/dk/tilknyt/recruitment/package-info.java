/**
 * Job postings (with re-posting chains) and pseudonymous applications.
 * Publishes {@link dk.tilknyt.recruitment.Recruitment} and {@link dk.tilknyt.recruitment.RecruitmentChanged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "org", "people"})
package dk.tilknyt.recruitment;
