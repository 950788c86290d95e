package dk.tilknyt.recruitment;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import dk.tilknyt.recruitment.domain.PostingStore;

/** Read access to postings and applications, for the figures, the import and the demo loader. */
@Service
public class Recruitment {

    private final PostingStore store;

    Recruitment(PostingStore store) {
        this.store = store;
    }

    /** Every posting, oldest publication first. */
    public List<Posting> postings() {
        return store.all();
    }

    /** Every application, by posting. */
    public List<Application> applications() {
        return store.allApplications();
    }

    /** One posting, unscoped: callers that show it to a person check its unit with the AccessGuard. */
    public Optional<Posting> posting(String postingId) {
        return store.find(postingId);
    }

    /** The applications to one posting, by applied date. */
    public List<Application> applicationsTo(String postingId) {
        return store.applications(postingId);
    }

    /** Every chain of postings (key-figures.md "Recruitment"). */
    public List<PostingChain> chains() {
        return PostingChain.of(store.all());
    }
}
