package dk.tilknyt.shared;

/**
 * Input a person can correct: answered 400 (malformed request) or 422 (well-formed but not acceptable),
 * with a message that says what to change. Nothing has been stored when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final String messageKey;
    private final boolean unprocessable;

    public InvalidInputException(String messageKey, String message) {
        this(messageKey, message, false);
    }

    public InvalidInputException(String messageKey, String message, boolean unprocessable) {
        super(message);
        this.messageKey = messageKey;
        this.unprocessable = unprocessable;
    }

    public static InvalidInputException unprocessable(String messageKey, String message) {
        return new InvalidInputException(messageKey, message, true);
    }

    public String messageKey() {
        return messageKey;
    }

    /** True for a 422 (understood but not acceptable), false for a 400 (malformed). */
    public boolean unprocessable() {
        return unprocessable;
    }
}
