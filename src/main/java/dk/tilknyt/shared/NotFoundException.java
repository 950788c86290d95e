package dk.tilknyt.shared;

/**
 * Something that does not exist, or that lies outside the caller's org scope: both are answered 404,
 * so that a scope cannot be probed (api.md, "Authentication").
 */
public class NotFoundException extends RuntimeException {

    private final String messageKey;

    public NotFoundException(String what, String id) {
        super(what + " '" + id + "' was not found");
        this.messageKey = "error.notFound";
    }

    public String messageKey() {
        return messageKey;
    }
}
