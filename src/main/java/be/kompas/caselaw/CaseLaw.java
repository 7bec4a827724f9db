package be.kompas.caselaw;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import be.kompas.core.Page;
import be.kompas.core.PageRequest;
import be.kompas.identity.KompasUser;

/**
 * The case-law database of the viewer's organisation. Reading needs {@link CaseLawPermissions#READ} and sees published
 * entries only; {@link CaseLawPermissions#MANAGE} also sees and changes drafts. Every read and write is audited.
 */
public interface CaseLaw {

    /**
     * The policy taxonomy's names of risk families ({@link be.kompas.policy.RiskFamily}, e.g. {@code GOODS}), which
     * case law stores and labels: the investigations module names the company resources {@code RESOURCES_GOODS} and
     * so on, and its cases arrive with those names.
     */
    static List<String> riskFamilyNames(Collection<String> names) {
        return names.stream().map(String::strip).filter(name -> !name.isEmpty())
                .map(name -> name.startsWith("RESOURCES_") ? name.substring("RESOURCES_".length()) : name)
                .distinct().toList();
    }

    Page<CaseLawEntry> search(KompasUser viewer, CaseLawQuery query, PageRequest page);

    /** @throws be.kompas.core.RecordNotFoundException for another organisation's entry, or a draft for a reader */
    CaseLawEntry view(KompasUser viewer, UUID id);

    /**
     * Published entries sharing at least one fact code or risk family, best score first, then the most recent.
     *
     * @param exclude the case being decided, so that it is not shown as its own precedent
     */
    List<SimilarEntry> similar(KompasUser viewer, Collection<String> factCodes, Collection<String> riskFamilies,
            @Nullable UUID exclude, int limit);

    /** The spread of outcomes and sanctions over the published entries with this fact code. */
    Distribution consistency(KompasUser viewer, String factCode);

    /** The fact codes used by published entries, for the consistency view's choice. */
    List<String> factCodesInUse(KompasUser viewer);

    /** @throws be.kompas.core.InvalidInputException naming the field */
    UUID enter(KompasUser viewer, CaseLawInput input);

    void correct(KompasUser viewer, UUID id, CaseLawInput input);

    void publish(KompasUser viewer, UUID id);
}
