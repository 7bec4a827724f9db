package be.kompas.lookups.cli;

import java.util.concurrent.Callable;

import be.kompas.lookups.engine.InputException;

/** Turns failures into a one-line message and an exit code: users of a command line need no stack trace. */
final class Failures {

    static final int INPUT_ERROR = 2;

    private Failures() {
    }

    static int guard(String command, Callable<Integer> action) {
        try {
            return action.call();
        }
        catch (InputException e) {
            System.err.println("kompas lookups " + command + ": " + e.getMessage());
            return INPUT_ERROR;
        }
        catch (IllegalArgumentException e) {
            System.err.println("kompas lookups " + command + ": " + e.getMessage());
            return INPUT_ERROR;
        }
        catch (Exception e) {
            System.err.println("kompas lookups " + command + " failed: " + e);
            return 1;
        }
    }
}
