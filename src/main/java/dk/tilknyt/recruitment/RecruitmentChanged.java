package dk.tilknyt.recruitment;

/** Published after postings or applications were written. */
public record RecruitmentChanged() {
}
