package uk.police.enforcement.crime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.figure.FigureCatalogue;
import uk.police.enforcement.figure.Measure;
/** Crimes, their linked actions (crime_action) and their outcomes. */
@ApplicationScoped
public class CrimeRepository implements PanacheRepositoryBase<CrimeEntity, UUID> {

    /** Whether a crime has a linked charge: an enforcement action of type CHARGE among its actions. */
    private static final String CHARGED = "exists (select 1 from crime_action ca join enforcement_action a"
            + " on a.id = ca.action_id where ca.crime_id = c.id and a.action_type = 'CHARGE')";

    /** The outcome type that is a charge or summons: the one the charge/summons rate counts. */
    static final int CHARGED_OR_SUMMONSED = ((Measure.OutcomeRate) FigureCatalogue.get("charge_summons_rate")
            .measure()).outcomeType();

    /**
     * Outcome and charges disagree: the current outcome is a charge or summons and no charge is linked, or a
     * charge is linked and the current outcome is another or none.
     */
    private static final String INCONSISTENT = "(coalesce(c.outcome_type = " + CHARGED_OR_SUMMONSED + ", false) <> "
            + CHARGED + ")";

    /** Crimes matching every filter, in the order they were recorded. */
    Page<CrimeEntity> page(CrimeFilter filter, int limit, String cursor) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.inconsistent() != null) {
            where.add(filter.inconsistent() ? INCONSISTENT : "not " + INCONSISTENT);
        }
        if (filter.offenceCode() != null) {
            where.add("c.offence_code = :offenceCode");
            params.put("offenceCode", filter.offenceCode());
        }
        if (filter.referralId() != null) {
            where.add("c.referral_id = :referralId");
            params.put("referralId", filter.referralId());
        }
        List<String> after = Cursor.decode(cursor, 2);
        if (after != null) {
            where.add("(c.created_at, c.id) > (:afterAt, :afterId)");
            params.put("afterAt", Timestamps.utc(Cursor.parse(after.get(0), Cursor::instant)));
            params.put("afterId", Cursor.parse(after.get(1), UUID::fromString));
        }
        Query query = getEntityManager().createNativeQuery("select c.* from crime c"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by c.created_at, c.id limit :rows", CrimeEntity.class);
        params.forEach(query::setParameter);
        query.setParameter("rows", limit + 1);
        @SuppressWarnings("unchecked")
        List<CrimeEntity> rows = query.getResultList();
        return Page.fromOverfetch(rows, limit, c -> Cursor.encode(c.createdAt.toString(), c.id.toString()));
    }

    /** Those of {@code crimes} with a linked charge. */
    Set<UUID> charged(List<UUID> crimes) {
        if (crimes.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> rows = getEntityManager().createNativeQuery("select c.id from crime c where c.id = any(:ids) and "
                + CHARGED).setParameter("ids", crimes.toArray(UUID[]::new)).getResultList();
        return new HashSet<>(rows);
    }

    /** Each crime's linked actions, in the order they occurred. */
    Map<UUID, List<UUID>> actionIds(List<UUID> crimes) {
        Map<UUID, List<UUID>> linked = new LinkedHashMap<>();
        crimes.forEach(c -> linked.put(c, new ArrayList<>()));
        if (crimes.isEmpty()) {
            return linked;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select ca.crime_id, ca.action_id from crime_action ca"
                + " join enforcement_action a on a.id = ca.action_id where ca.crime_id = any(:ids)"
                + " order by a.occurred_at, a.id").setParameter("ids", crimes.toArray(UUID[]::new)).getResultList();
        rows.forEach(row -> linked.get((UUID) row[0]).add((UUID) row[1]));
        return linked;
    }

    /** The crime's linked actions become exactly {@code actions}. */
    void link(UUID crime, List<UUID> actions) {
        getEntityManager().createNativeQuery("delete from crime_action where crime_id = :crime")
                .setParameter("crime", crime).executeUpdate();
        if (!actions.isEmpty()) {
            getEntityManager().createNativeQuery("insert into crime_action (crime_id, action_id)"
                    + " select :crime, unnest(:actions)").setParameter("crime", crime)
                    .setParameter("actions", actions.toArray(UUID[]::new)).executeUpdate();
        }
    }

    /** The crime, locked for this transaction (outcomes change its current one, one at a time). */
    CrimeEntity lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Each crime's current outcome: the latest by outcome date, then by when recorded. */
    Map<UUID, CrimeOutcomeEntity> currentOutcomes(List<UUID> crimes) {
        Map<UUID, CrimeOutcomeEntity> current = new HashMap<>();
        if (crimes.isEmpty()) {
            return current;
        }
        @SuppressWarnings("unchecked")
        List<CrimeOutcomeEntity> rows = getEntityManager().createNativeQuery("select distinct on (crime_id) *"
                + " from crime_outcome where crime_id = any(:ids) order by crime_id, outcome_date desc, recorded_at desc",
                CrimeOutcomeEntity.class).setParameter("ids", crimes.toArray(UUID[]::new)).getResultList();
        rows.forEach(o -> current.put(o.crimeId, o));
        return current;
    }

    Page<CrimeOutcomeEntity> outcomes(UUID crime, int limit, String cursor) {
        return new KeysetQuery().and("crimeId = :crime", "crime", crime)
                .page((where, sort, parameters) -> CrimeOutcomeEntity.find(where, sort, parameters),
                        "recordedAt", o -> o.recordedAt, o -> o.id, limit, cursor);
    }

    /** Those of {@code actions} that exist. */
    Set<UUID> existingActions(List<UUID> actions) {
        if (actions.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<UUID> rows = getEntityManager().createNativeQuery("select id from enforcement_action where id = any(:ids)")
                .setParameter("ids", actions.toArray(UUID[]::new)).getResultList();
        return new HashSet<>(rows);
    }

    /** Whether another crime than {@code other} has this reference. */
    boolean referenceTaken(String reference, UUID other) {
        return count("crimeReference = ?1 and id <> ?2", reference, other == null ? new UUID(0, 0) : other) > 0;
    }
}
