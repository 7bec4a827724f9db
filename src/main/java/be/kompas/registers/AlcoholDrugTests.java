package be.kompas.registers;

import java.util.List;
import java.util.UUID;

import be.kompas.identity.KompasUser;
import be.kompas.people.StaffMemberId;
import be.kompas.tenancy.OrganisationId;

/**
 * Random alcohol and drug tests (domain.md 9.5: the AIG asks for them), only where the organisation runs them
 * ({@link RegisterSettings#alcoholDrugTests()}, off by default). Results are health data: only
 * {@link RegisterPermissions#ALCOHOL_DRUG_TESTS} draws, records and reads them, never the line manager, and every read
 * and write is in the audit trail. Every method throws
 * {@link org.springframework.security.access.AccessDeniedException} without the permission or while the
 * organisation does not run the tests.
 */
public interface AlcoholDrugTests extends Register<AlcoholDrugTest> {

    boolean enabled(OrganisationId organisation);

    /**
     * Draws staff members at random and plans a test for each; the seed is kept so that the draw can be checked.
     *
     * @throws be.kompas.core.InvalidInputException naming {@code count}, {@code percent}, {@code unit} or
     *     {@code testOn}
     */
    UUID draw(KompasUser viewer, DrawRequest request);

    /** The draws, newest first. */
    List<AlcoholDrugDraw> draws(KompasUser viewer);

    /** @throws be.kompas.core.RecordNotFoundException for a draw of another organisation */
    AlcoholDrugDraw draw(KompasUser viewer, UUID id);

    /** The tests a draw planned, by name. */
    List<AlcoholDrugTest> ofDraw(KompasUser viewer, UUID draw);

    /**
     * Records a test that was not drawn here (e.g. drawn on paper).
     *
     * @throws be.kompas.core.InvalidInputException naming each offending field
     */
    UUID record(KompasUser viewer, StaffMemberId staff, AlcoholDrugTestInput input);

    /**
     * Records or corrects the result of a test.
     *
     * @throws be.kompas.core.InvalidInputException naming each offending field
     */
    void recordResult(KompasUser viewer, UUID test, AlcoholDrugTestInput input);
}
