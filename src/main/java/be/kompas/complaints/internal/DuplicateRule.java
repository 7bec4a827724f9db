package be.kompas.complaints.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * When an item looks like an earlier one: the same complainant (e-mail or phone), or the same incident (same day,
 * and a similar place, similar staff or similar story), or nearly the same story. Proposed for linking, never merged.
 */
final class DuplicateRule {

    private static final double SIMILAR = 0.5;
    private static final double SAME_STORY = 0.6;
    private static final double RELATED_STORY = 0.3;

    private DuplicateRule() {
    }

    static boolean alike(ComplaintRepository.Row a, ComplaintRepository.Row b) {
        if (same(a.contact().email(), b.contact().email()) || samePhone(a.contact().phone(), b.contact().phone())) {
            return true;
        }
        double story = similarity(a.description(), b.description());
        if (a.occurredOn() != null && a.occurredOn().equals(b.occurredOn())
                && (similarity(a.location(), b.location()) >= SIMILAR
                        || similarity(a.involvedText(), b.involvedText()) >= SIMILAR || story >= RELATED_STORY)) {
            return true;
        }
        return story >= SAME_STORY;
    }

    /** Jaccard similarity of the words of three letters or more, without accents or case; 0 when either is empty. */
    static double similarity(@Nullable String a, @Nullable String b) {
        Set<String> left = words(a);
        Set<String> right = words(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        var common = new HashSet<>(left);
        common.retainAll(right);
        var all = new HashSet<>(left);
        all.addAll(right);
        return (double) common.size() / all.size();
    }

    private static Set<String> words(@Nullable String text) {
        if (text == null) {
            return Set.of();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 3)
                .collect(Collectors.toSet());
    }

    private static boolean same(@Nullable String a, @Nullable String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    private static boolean samePhone(@Nullable String a, @Nullable String b) {
        String left = a == null ? "" : a.replaceAll("\\D", "");
        String right = b == null ? "" : b.replaceAll("\\D", "");
        return left.length() >= 6 && Objects.equals(left, right);
    }
}
