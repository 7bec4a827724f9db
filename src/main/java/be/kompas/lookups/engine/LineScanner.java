package be.kompas.lookups.engine;

/** Finds line ends outside quotes, counting the line ends inside them for line numbers. */
final class LineScanner {

    long innerNewlines;

    /**
     * The position of the line end of the line starting at {@code from}, or {@code to} if it has none. A quote
     * opens a quoted field only at its start, so a stray quote in an unquoted field cannot swallow the rest of the
     * file; inside one, a doubled quote is a quote.
     */
    int end(byte[] bytes, int from, int to) {
        innerNewlines = 0;
        boolean quoted = false;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '"') {
                if (quoted) {
                    if (i + 1 < to && bytes[i + 1] == '"') {
                        i++;
                    }
                    else {
                        quoted = false;
                    }
                }
                else if (i == from || bytes[i - 1] == ',') {
                    quoted = true;
                }
            }
            else if (b == '\n') {
                if (!quoted) {
                    return i;
                }
                innerNewlines++;
            }
        }
        return to;
    }
}
