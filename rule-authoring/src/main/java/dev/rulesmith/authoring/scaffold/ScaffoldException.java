package dev.rulesmith.authoring.scaffold;

/** A rule cannot be scaffolded as asked: a bad property, an unknown ATT&amp;CK id, or a file that already exists. */
public final class ScaffoldException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScaffoldException(String message) {
        super(message);
    }
}
